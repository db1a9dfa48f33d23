/**
 * `npm run bench:oa`: passive-reply latency of the Official Account route on localhost — the
 * real bot process (`tsx src/main.ts`, WECHATY_PUPPET=wechaty-puppet-official-account) against
 * the fake WeChat of the tests: signed XML post in, HTTP answer (the passive reply) out.
 * Writes reports/official-account.json. A figure, not a test.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeWechatApi, wechatClient, wechatXml } from '../test/helpers/fake-wechat.js';

const N = Number(process.env.BENCH_OA_POSTS ?? 300);
const TEXTS = ['说是检察院的，要我把钱转到安全账户', '你好', '我刚刚把3万块转给他了', '有个自称网信办的人打电话说要停我的号，还问我家保姆几点出门'];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const address = s.address();
  await new Promise((resolve) => s.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

const api = await fakeWechatApi();
const port = await freePort();
const token = 'benchToken1';
const appId = 'wxbench';
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: {
    ...process.env,
    HOME: mkdtempSync(join(tmpdir(), 'callguard-oa-bench-')),
    STORAGE: 'memory',
    CONTENT_RELOAD: 'false',
    LOG_FORMAT: 'json',
    WECHATY_PUPPET: 'wechaty-puppet-official-account',
    WECHATY_PUPPET_OA_APP_ID: appId,
    WECHATY_PUPPET_OA_APP_SECRET: 'secret',
    WECHATY_PUPPET_OA_TOKEN: token,
    WECHATY_PUPPET_OA_PORT: String(port),
    WECHATY_PUPPET_OA_API_BASE: `${api.base}/cgi-bin/`,
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
await new Promise<void>((resolve, reject) => {
  let seen = '';
  child.stderr.on('data', (c: Buffer) => {
    seen += c.toString();
    if (seen.includes('WeChat OA: webhook listening')) resolve();
  });
  child.once('exit', (code) => reject(new Error(`bot exited (${code}) before listening:\n${seen}`)));
});

const wechat = wechatClient(`http://127.0.0.1:${port}`, token);
async function timed(fields: Record<string, string>, user: string): Promise<{ ms: number; passive: boolean }> {
  const t0 = performance.now();
  const res = await wechat.post(wechatXml(user, `gh_${appId}`, fields));
  return { ms: performance.now() - t0, passive: res.body.startsWith('<xml>') };
}

for (let i = 0; i < 10; i++) await timed({ MsgType: 'text', Content: TEXTS[i % TEXTS.length]! }, `warm-${i}`);
const text: number[] = [];
let passive = 0;
for (let i = 0; i < N; i++) {
  // A new follower each time: the first message of a conversation, the common case.
  const r = await timed({ MsgType: 'text', Content: TEXTS[i % TEXTS.length]! }, `o-bench-${i}`);
  text.push(r.ms);
  if (r.passive) passive += 1;
}
const subscribe: number[] = [];
for (let i = 0; i < 100; i++) subscribe.push((await timed({ MsgType: 'event', Event: 'subscribe' }, `o-sub-${i}`)).ms);

child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
await api.close();

const stats = (xs: number[]) => ({ n: xs.length, p50: r1(pct(xs, 0.5)), p95: r1(pct(xs, 0.95)), p99: r1(pct(xs, 0.99)), max: r1(Math.max(...xs)) });
const report = { when: new Date().toISOString(), textPostToPassiveReplyMs: stats(text), passiveShare: passive / N, subscribeToWelcomeMs: stats(subscribe), customerServiceMessages: api.sent.length };
mkdirSync('reports', { recursive: true });
writeFileSync('reports/official-account.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
