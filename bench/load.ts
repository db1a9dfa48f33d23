/**
 * `npm run bench:load`: load and soak. 1,000 simulated people (LOAD_PEOPLE) × 20 turns each,
 * through the JSON-lines channel and through WeChat (wechaty-puppet-mock), on the embedded
 * engine. Each channel runs LOAD_WAVES waves of new people; between waves the clock moves past
 * CONVERSATION_IDLE_HOURS and the expiry sweep empties the old conversations, so RSS over time
 * shows whether memory stays flat once conversations expire. Reports turns/s, p50/p99 per
 * turn, errors and RSS samples; writes reports/load.json. Figures, not tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { EventEmitter } from 'node:events';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createApp, type App } from '../src/app.js';
import { runJsonLines } from '../src/channels/jsonl.js';
import { WechatChannel } from '../src/channels/wechat.js';
import { loadConfig } from '../src/config/load.js';
import { silentLogger } from '../src/util/log.js';
import { freshDataDir } from '../test/helpers/databases.js';

const PEOPLE = Number(process.env.LOAD_PEOPLE ?? 1_000);
const WAVES = Number(process.env.LOAD_WAVES ?? 2);
const HOUR = 3_600_000;

/** Twenty turns: a story told in pieces, questions, personal data, a summary, small talk. */
function script(p: number): string[] {
  const n = String(p).padStart(4, '0');
  return [
    '你好',
    '刚才有个人打电话说是公安局的',
    `他说我涉嫌洗钱，工号${n}`,
    '要我把钱转到安全账户',
    '还让我下载一个软件开视频',
    '我没转',
    '为什么说是骗子',
    '打哪个电话',
    `验证码${n}55要不要给他`,
    `13${n}123456是我的号码`,
    '他又打来了',
    '总结',
    'thanks',
    'Someone on a video call said he is from the police',
    'he wants my savings moved',
    '我把验证码告诉他了',
    '接下来咋弄',
    '已经报警了',
    '好的谢谢',
    '总结',
  ];
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
const rssMB = () => Math.round(process.memoryUsage().rss / 1e6);

interface Run {
  turns: number;
  errors: number;
  seconds: number;
  turnsPerSecond: number;
  ms: { p50: number; p99: number };
  rssMB: { at: string; mb: number }[];
}

async function withApp<T>(clock: { t: number }, fn: (app: App) => Promise<T>): Promise<T> {
  const data = freshDataDir();
  const app = await createApp(loadConfig({ STORAGE: 'embedded', DATA_DIR: data.dir, CONVERSATION_IDLE_HOURS: '1', RATE_LIMIT_PER_USER_PER_MINUTE: '1000', RATE_LIMIT_PER_ROOM_PER_MINUTE: '1000' }), silentLogger, { sweepEveryMs: 0, now: () => clock.t });
  try {
    return await fn(app);
  } finally {
    await app.close();
    data.drop();
  }
}

/** Waves of people, turn by turn round-robin (each person's turns in order, people interleaved). */
async function waves(app: App, clock: { t: number }, send: (person: string, text: string) => Promise<boolean>): Promise<Run> {
  const times: number[] = [];
  const samples: Run['rssMB'] = [{ at: 'start', mb: rssMB() }];
  let errors = 0;
  const t0 = performance.now();
  let lastSample = t0;
  for (let w = 0; w < WAVES; w++) {
    const scripts = Array.from({ length: PEOPLE }, (_, p) => script(p));
    for (let turn = 0; turn < 20; turn++) {
      for (let p = 0; p < PEOPLE; p++) {
        const started = performance.now();
        const ok = await send(`w${w}-p${p}`, scripts[p]![turn]!).catch(() => false);
        times.push(performance.now() - started);
        if (!ok) errors++;
        clock.t += 50;
      }
      if (performance.now() - lastSample > 5_000) {
        samples.push({ at: `wave ${w + 1}, turn ${turn + 1}`, mb: rssMB() });
        lastSample = performance.now();
      }
    }
    samples.push({ at: `wave ${w + 1} done`, mb: rssMB() });
    // Everyone of this wave goes idle past CONVERSATION_IDLE_HOURS; the sweep empties them.
    clock.t += 2 * HOUR;
    await app.store.sweep();
    global.gc?.();
    samples.push({ at: `wave ${w + 1} expired`, mb: rssMB() });
  }
  const seconds = (performance.now() - t0) / 1000;
  return { turns: times.length, errors, seconds: +seconds.toFixed(1), turnsPerSecond: Math.round(times.length / seconds), ms: { p50: +pct(times, 0.5).toFixed(2), p99: +pct(times, 0.99).toFixed(2) }, rssMB: samples };
}

async function jsonLines(): Promise<Run> {
  const clock = { t: Date.UTC(2025, 0, 1) };
  return withApp(clock, async (app) => {
    const input = new PassThrough();
    const pending: ((line: string) => void)[] = [];
    const done = runJsonLines((m) => app.adapter.process(m), silentLogger, input, (l) => pending.shift()?.(l));
    const run = await waves(app, clock, (user, text) =>
      new Promise<boolean>((resolve) => {
        pending.push((l) => resolve(!('error' in (JSON.parse(l) as object))));
        input.write(`${JSON.stringify({ user, text })}\n`);
      }),
    );
    input.end();
    await done;
    return run;
  });
}

async function wechat(): Promise<Run> {
  const clock = { t: Date.UTC(2025, 0, 1) };
  return withApp(clock, async (app) => {
    const mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const config = loadConfig({ RATE_LIMIT_PER_USER_PER_MINUTE: '1000', RATE_LIMIT_PER_ROOM_PER_MINUTE: '1000' });
    const channel = new WechatChannel(app, config, silentLogger, { puppet, notices: { greeting: () => '欢迎', slowDown: () => '请稍等', intro: () => '你好', newFriend: () => '你好' }, sleep: async () => {} });
    await channel.start();
    const bot = mocker.createContact({ name: '小卫士' });
    const loggedIn = new Promise((resolve) => channel.wechaty.once('login', resolve));
    mocker.login(bot);
    await loggedIn;
    let answered = 0;
    (bot as unknown as EventEmitter).on('message', (m: mock.MessageMock) => {
      if (m.payload.talkerId === bot.id) answered++;
    });
    const contacts = new Map<string, mock.ContactMock>();
    const run = await waves(app, clock, async (person, text) => {
      let c = contacts.get(person);
      if (!c) contacts.set(person, (c = mocker.createContact({ name: person })));
      const before = answered;
      c.say(text).to(bot);
      await channel.idle();
      // An error here is a turn the person got no answer to.
      return answered > before;
    });
    await channel.stop(5_000);
    return run;
  });
}

const result = { people: PEOPLE, turnsEach: 20, waves: WAVES, jsonLines: await jsonLines(), wechat: await wechat() };
console.log(JSON.stringify(result, null, 2));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/load.json', `${JSON.stringify(result, null, 2)}\n`);
