/**
 * A session full of personal data, through every channel into one stored bot (embedded engine
 * on disk, logs at trace level). Afterwards the database (its tables and its raw file bytes),
 * the logs, the stats, every reply and every summary are searched for each raw value and each
 * 6-digit fragment of it: none may be there.
 */
import type { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import pino from 'pino';
import { types, type payloads } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { startBotFramework } from '../../src/channels/bot-framework.js';
import { runJsonLines } from '../../src/channels/jsonl.js';
import { WechatChannel } from '../../src/channels/wechat.js';
import { loadConfig } from '../../src/config/load.js';
import { formatStats, readStats } from '../../src/storage/stats.js';
import type { Timers } from '../../src/pipeline/story-batcher.js';
import { freshDataDir } from '../helpers/databases.js';
import { fakeConnector } from '../helpers/fake-connector.js';

/** Each value as written in the session, and whether it is a secret the bot must warn about. */
const VALUES = {
  ownMobile: '13912345678',
  wifeMobile: '13698765432',
  callBack: '+86 137 2468 1357',
  idNumber: '440306198507152314',
  idNumberX: '11010519491231002X',
  cardSpaced: '6222 0212 3456 7894',
  card: '6217000246835793',
  codeZh: '550913',
  codeEn: '382917',
  passwordZh: '87654321',
  passwordEn: 'hunter2go',
  account: 'zhangsan88',
  email: 'lily.wang@qq.com',
};

const ZH_SESSION = [
  '有人冒充公安打过来，说我涉嫌洗钱，要我把钱转到安全账户',
  `${VALUES.ownMobile}是我的号码，他就打的这个`,
  `我老婆的手机${VALUES.wifeMobile}也接到了`,
  `他让我报身份证，我说了${VALUES.idNumber}`,
  `银行卡号${VALUES.cardSpaced}也告诉他了`,
  `短信里的验证码${VALUES.codeZh}我已经念给对方了`,
  `支付密码是${VALUES.passwordZh}`,
  '总结',
  '登记号码',
];
const EN_SESSION = [
  'A man said he was police and I must move my savings to a safe account',
  `call me back at ${VALUES.callBack}`,
  `my password is ${VALUES.passwordEn}`,
  `my account name is ${VALUES.account}`,
  `my card is ${VALUES.card}`,
  `the code is ${VALUES.codeEn} and I read it to him`,
  `my ID is ${VALUES.idNumberX}`,
  `my email is ${VALUES.email}`,
  'summary',
  'log number',
];

/** The raw values, and every run of 6 of their characters (digits and letters, separators dropped). */
function needles(): string[] {
  const out = new Set<string>();
  for (const v of Object.values(VALUES)) {
    out.add(v.toLowerCase());
    const compact = v.toLowerCase().replace(/[\s+-]/g, '');
    for (let i = 0; i + 6 <= compact.length; i++) out.add(compact.slice(i, i + 6));
  }
  return [...out];
}

/**
 * The text to search, lower case, with separators between digits dropped (a stored "139 1234"
 * is still the number), and hex digests left out: the content hash in the logs is random hex,
 * where any six digits can turn up by chance.
 */
function searchable(s: string): string {
  return s
    .toLowerCase()
    .replace(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,}\b/g, '<hex>')
    .replace(/(\d)[\s-]+(?=\d)/g, '$1');
}

const NOW = 1_722_222_222_222;
const data = freshDataDir();
const logs: string[] = [];
const replies: string[] = [];
const responses: string[][] = [];
let app: App;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  // Trace level: even the most detailed log a deployment could switch on holds none of it.
  const log = pino({ level: 'trace', timestamp: false }, sink);
  app = await createApp(loadConfig({ STORAGE: 'embedded', DATA_DIR: data.dir }), log, { sweepEveryMs: 0, now: () => NOW });
  const config = loadConfig({});

  // 1. JSON lines.
  const input = new PassThrough();
  const done = runJsonLines((m) => app.adapter.process(m), log, input, (line) => {
    const o = JSON.parse(line) as { replies: string[]; responses: string[] };
    replies.push(...o.replies);
    responses.push(o.responses);
  });
  for (const text of [...ZH_SESSION, ...EN_SESSION.map((t) => ({ t }))]) {
    const line = typeof text === 'string' ? { user: 'jsonl-zh', text } : { user: 'jsonl-en', text: text.t };
    input.write(`${JSON.stringify(line)}\n`);
  }
  // A group member, addressed by keyword.
  input.write(`${JSON.stringify({ user: 'jsonl-g', room: 'room-1', text: `反诈助手 验证码${VALUES.codeZh}已经发给他了，我的号码${VALUES.ownMobile}` })}\n`);
  input.end();
  await done;

  // 2. WeChat, through the mock puppet: a private chat and a group.
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  // Story windows close as soon as their message is in: the session sends one message at a time
  // and waits for its answer, so a real 2-second window would only add waiting.
  const timers: Timers = { set: (fn) => setTimeout(fn, 0), clear: (h) => clearTimeout(h as NodeJS.Timeout) };
  const channel = new WechatChannel(app, config, log, { puppet, notices: { greeting: () => '欢迎', slowDown: () => '请稍等', intro: () => '你好', newFriend: () => '你好' }, sleep: async () => {}, timers });
  await channel.start();
  const bot = mocker.createContact({ name: '小卫士' });
  const loggedIn = new Promise((resolve) => channel.wechaty.once('login', resolve));
  mocker.login(bot);
  await loggedIn;
  (bot as unknown as EventEmitter).on('message', (m: mock.MessageMock) => {
    if (m.payload.talkerId === bot.id) replies.push((m.payload as payloads.Message).text ?? '');
  });
  const alice = mocker.createContact({ name: 'Alice' });
  for (const text of ZH_SESSION) {
    alice.say(text).to(bot);
    await channel.idle();
  }
  const room = mocker.createRoom({ memberIdList: [bot.id, alice.id], topic: '小区群' });
  alice.say(`反诈助手 my password is ${VALUES.passwordEn}, call me back at ${VALUES.callBack}`).to(room);
  await channel.idle();
  await channel.stop(1_000);
  void types;

  // 3. Bot Framework's /api/messages, replies going to a stand-in connector.
  const connector = await fakeConnector();
  const bf = await startBotFramework(app, { port: 0, host: '127.0.0.1', appId: '', appPassword: '', appTenantId: '', appType: 'MultiTenant' }, log);
  const port = (bf.server.address() as AddressInfo).port;
  for (const [i, text] of EN_SESSION.entries()) {
    const activity = {
      type: 'message',
      id: `act-${i}`,
      channelId: 'emulator',
      serviceUrl: connector.url,
      from: { id: 'bf-user' },
      recipient: { id: 'bot' },
      conversation: { id: 'bf-conv' },
      text,
    };
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBeLessThan(300);
  }
  await bf.close();
  await connector.close();
  replies.push(...connector.replies);
}, 120_000);

afterAll(() => data.drop());

describe('personal data sent to the bot', () => {
  it('was answered, summarised and warned about (the session did run)', () => {
    expect(responses.some((r) => r.includes('summary'))).toBe(true);
    expect(responses.some((r) => r.includes('no_personal_data'))).toBe(true);
    expect(replies.filter((r) => /摘要|summary of the call/.test(r)).length).toBeGreaterThanOrEqual(3);
    expect(logs.length).toBeGreaterThan(0);
  });

  it('is nowhere: not in the database, its file, the logs, the stats, the replies or the summaries', async () => {
    await app.store.events.flush();
    const tables = ['bot_state', 'room_settings', 'turn_events', 'number_reports', 'unrecognised'] as const;
    const rows: string[] = [];
    for (const t of tables) rows.push(JSON.stringify(await app.store.db.selectFrom(t).selectAll().execute()));
    const stats = await readStats(app.store.db, { days: 30, now: NOW });
    expect(stats.turns).toBeGreaterThan(20);
    await app.close();
    const files = readdirSync(data.dir).map((f) => readFileSync(join(data.dir, f)).toString('latin1'));
    const places: Record<string, string> = {
      tables: rows.join('\n'),
      'database files': files.join('\n'),
      logs: logs.join(''),
      stats: formatStats(stats, 30) + JSON.stringify(stats),
      replies: replies.join('\n'),
    };
    const found: string[] = [];
    for (const [where, text] of Object.entries(places)) {
      const hay = searchable(text);
      for (const n of needles()) if (hay.includes(n)) found.push(`${where}: ${n}`);
    }
    expect(found).toEqual([]);
  });
});
