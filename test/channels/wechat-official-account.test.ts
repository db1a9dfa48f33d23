/**
 * End to end on localhost: WeChat's signed XML posts reach the real bot through callguard's
 * verified front, wechaty-puppet-official-account and the WeChat channel; replies come back as
 * the HTTP answer (passive) or through a fake customer-service API.
 */
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.js';
import { WechatChannel } from '../../src/channels/wechat.js';
import { officialAccountRoute } from '../../src/channels/wechat/official-account.js';
import { parseInbound } from '../../src/channels/wechat/official-account-xml.js';
import { loadConfig } from '../../src/config/load.js';
import type { IncomingMessage, TurnOutput } from '../../src/pipeline/message.js';
import { silentLogger } from '../../src/util/log.js';
import { newUser, talk, testApp } from '../helpers/app.js';
import { fakeWechatApi, wechatClient, wechatXml, type FakeWechatApi } from '../helpers/fake-wechat.js';

const TOKEN = 'callguardTestToken1';
const SCAM = '说是检察院的，要我把钱转到安全账户';

let app: App;
let api: FakeWechatApi;
const stops: (() => Promise<void>)[] = [];

const home = process.env.HOME;
beforeAll(async () => {
  // The puppet keeps a contact store under ~/.wechaty: keep it out of the real home (and give
  // the home back after: the next test file in this worker sees this process's environment).
  process.env.HOME = await mkdtemp(join(tmpdir(), 'callguard-oa-home-'));
  app = await testApp();
  api = await fakeWechatApi();
});
afterAll(async () => {
  await api.close();
  if (home === undefined) delete process.env.HOME;
  else process.env.HOME = home;
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const stop of stops.splice(0).reverse()) await stop();
});

let accounts = 0;

/** The bot serving one Official Account, started; `window` ends a post's passive window. */
async function officialAccount(env: Record<string, string> = {}, window?: () => Promise<void>) {
  const appId = `wxtest${++accounts}${Math.random().toString(36).slice(2, 6)}`;
  const config = loadConfig({
    STORAGE: 'memory',
    WECHATY_PUPPET: 'wechaty-puppet-official-account',
    WECHATY_PUPPET_OA_APP_ID: appId,
    WECHATY_PUPPET_OA_APP_SECRET: 'secret',
    WECHATY_PUPPET_OA_TOKEN: TOKEN,
    WECHATY_PUPPET_OA_PORT: '0',
    WECHATY_PUPPET_OA_API_BASE: `${api.base}/cgi-bin/`,
    ...env,
  });
  // By default a window never ends on its own: answers are decided by the bot, not the clock.
  const route = officialAccountRoute(app, config, silentLogger, { window: window ?? (() => new Promise(() => {})) });
  const channel = new WechatChannel(app, config, silentLogger, { ...route.deps, sleep: async () => {} });
  const { server } = await route.start(channel);
  stops.push(async () => {
    await route.close();
    await channel.stop(1_000);
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('not listening');
  const wechat = wechatClient(`http://127.0.0.1:${address.port}`, TOKEN);
  const account = `gh_${appId}`;
  return {
    channel,
    address,
    wechat,
    account,
    /** Posts a message from `openid`; resolves with WeChat's HTTP answer. */
    send: (openid: string, fields: Record<string, string>) => wechat.post(wechatXml(openid, account, fields)),
  };
}

/** The text of a passive reply, or null for WeChat's "no reply" ('success'). */
function passiveText(body: string): string | null {
  if (body === 'success' || body === '') return null;
  const parsed = parseInbound(body);
  if (!parsed.ok) throw new Error(`not a passive reply: ${body}`);
  expect(parsed.message.MsgType).toBe('text');
  return parsed.message.Content ?? '';
}

/** What the bot says to the same message in a fresh conversation (the pipeline directly). */
async function botSays(m: string | Partial<IncomingMessage>): Promise<string[]> {
  const [out] = await talk(app, [m]);
  return out!.replies;
}

/** Records the turns the pipeline runs (and can hold them until `release`). */
function watchTurns(hold = false) {
  const turns: IncomingMessage[] = [];
  const seen: { file?: string; bytes?: Buffer }[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const original = app.adapter.process.bind(app.adapter);
  // process is overloaded (inspect or not): the spy stands in for the plain form channels use.
  const watched = async (m: IncomingMessage): Promise<TurnOutput> => {
    turns.push(m);
    const file = (m as IncomingMessage & { file?: string }).file;
    seen.push(file ? { file, bytes: await readFile(file) } : {});
    if (hold) await gate;
    return original(m);
  };
  vi.spyOn(app.adapter, 'process').mockImplementation(watched as typeof app.adapter.process);
  return { turns, seen, release };
}

describe('WeChat Official Account', () => {
  it('listens on 127.0.0.1 by default and answers the console check only when signed', async () => {
    const oa = await officialAccount();
    expect(oa.address.address).toBe('127.0.0.1');
    const q = oa.wechat.signedQuery();
    q.set('echostr', 'challenge-123');
    expect(await oa.wechat.get(q)).toEqual({ status: 200, body: 'challenge-123' });
    const forged = oa.wechat.signedQuery({ token: 'wrong' });
    forged.set('echostr', 'challenge-123');
    expect(await oa.wechat.get(forged)).toEqual({ status: 403, body: '' });
  });

  it('answers a text within the window as a passive reply, and sends the rest by the customer-service API', async () => {
    const oa = await officialAccount();
    const expected = await botSays(SCAM);
    expect(expected.length).toBeGreaterThan(1);
    const before = api.sent.length;
    const openid = newUser('o');
    const res = await oa.send(openid, { MsgType: 'text', Content: SCAM });
    expect(res.status).toBe(200);
    const reply = parseInbound(res.body);
    expect(reply.ok && reply.message).toMatchObject({ ToUserName: openid, FromUserName: oa.account, MsgType: 'text', Content: expected[0] });
    const later = (await api.received(before + expected.length - 1)).slice(before);
    expect(later).toEqual(expected.slice(1).map((content) => ({ accessToken: api.accessToken, touser: openid, content })));
  });

  it('sends every reply by the customer-service API when the turn outlasts the window', async () => {
    let endWindow!: () => void;
    const windowOver = new Promise<void>((resolve) => (endWindow = resolve));
    const oa = await officialAccount({}, () => windowOver);
    const expected = await botSays(SCAM);
    const turns = watchTurns(true);
    const before = api.sent.length;
    const openid = newUser('o');
    const answer = oa.send(openid, { MsgType: 'text', Content: SCAM });
    await vi.waitFor(() => expect(turns.turns).toHaveLength(1));
    endWindow();
    expect(await answer).toEqual({ status: 200, body: 'success' });
    turns.release();
    const later = (await api.received(before + expected.length)).slice(before);
    expect(later.map((m) => [m.touser, m.content])).toEqual(expected.map((c) => [openid, c]));
  });

  it('puts all of a turn into the passive reply for accounts without the customer-service API', async () => {
    const oa = await officialAccount({ WECHATY_PUPPET_OA_CUSTOMER_SERVICE: 'false' });
    const expected = await botSays(SCAM);
    const before = api.sent.length;
    const res = await oa.send(newUser('o'), { MsgType: 'text', Content: SCAM });
    expect(passiveText(res.body)).toBe(expected.join('\n\n'));
    await oa.channel.idle();
    expect(api.sent.length).toBe(before);
  });

  it.each([
    ['a wrong token', { token: 'not-the-token' }],
    ['a stale timestamp', { timestamp: Math.floor(Date.now() / 1000) - 3_600 }],
  ])('refuses a post signed with %s: 403 and no turn', async (_, forge) => {
    const oa = await officialAccount();
    const turns = watchTurns();
    const before = api.sent.length;
    const res = await oa.wechat.post(wechatXml(newUser('o'), oa.account, { MsgType: 'text', Content: SCAM }), oa.wechat.signedQuery(forge));
    expect(res).toEqual({ status: 403, body: '' });
    await oa.channel.idle();
    expect(turns.turns).toHaveLength(0);
    expect(api.sent.length).toBe(before);
  });

  it('refuses an unsigned post', async () => {
    const oa = await officialAccount();
    const turns = watchTurns();
    const res = await oa.wechat.post(wechatXml(newUser('o'), oa.account, { MsgType: 'text', Content: SCAM }), new URLSearchParams());
    expect(res.status).toBe(403);
    await oa.channel.idle();
    expect(turns.turns).toHaveLength(0);
  });

  it('answers a voice message by its transcript (Recognition) as if it were typed', async () => {
    const oa = await officialAccount({ WECHATY_PUPPET_OA_CUSTOMER_SERVICE: 'false' });
    const spoken = '我刚刚把3万块转给他了';
    const res = await oa.send(newUser('o'), { MsgType: 'voice', MediaId: 'media-1', Format: 'amr', Recognition: spoken });
    expect(passiveText(res.body)).toBe((await botSays(spoken)).join('\n\n'));
  });

  it('asks to type when a voice message has no transcript', async () => {
    const oa = await officialAccount();
    const res = await oa.send(newUser('o'), { MsgType: 'voice', MediaId: 'media-2', Format: 'amr' });
    expect(passiveText(res.body)).toBe((await botSays({ type: 'audio' }))[0]);
  });

  it('welcomes a new follower with the welcome message, without a turn', async () => {
    const oa = await officialAccount();
    const turns = watchTurns();
    const res = await oa.send(newUser('o'), { MsgType: 'event', Event: 'subscribe', EventKey: '' });
    expect(passiveText(res.body)).toBe(app.content.messages.welcome!.zh);
    expect(turns.turns).toHaveLength(0);
  });

  it('hands an image to the turn as a temporary file, deleted afterwards', async () => {
    const oa = await officialAccount();
    const turns = watchTurns();
    const bytes = Buffer.from('\xff\xd8\xff\xe0 a screenshot of a chat with a scammer', 'latin1');
    const res = await oa.send(newUser('o'), { MsgType: 'image', PicUrl: api.picture(bytes), MediaId: 'media-3' });
    expect(res.status).toBe(200);
    expect(turns.turns.map((t) => t.type)).toEqual(['image']);
    expect(turns.seen[0]!.bytes).toEqual(bytes);
    // Deleted once the turn is done; the passive reply may leave a moment before.
    await vi.waitFor(() => expect(stat(turns.seen[0]!.file!)).rejects.toThrow());
  });

  it('runs one turn for a post WeChat repeats', async () => {
    const oa = await officialAccount();
    const expected = await botSays('你好');
    const turns = watchTurns();
    const xml = wechatXml(newUser('o'), oa.account, { MsgType: 'text', Content: '你好' });
    const first = await oa.wechat.post(xml);
    const again = await oa.wechat.post(xml);
    expect(passiveText(first.body)).toBe(expected[0]);
    expect(again).toEqual({ status: 200, body: 'success' });
    expect(turns.turns).toHaveLength(1);
  });
});
