import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startBotFramework } from '../../src/channels/bot-framework.js';
import { silentLogger } from '../../src/util/log.js';
import { testApp } from '../helpers/app.js';
import { fakeConnector as recordingConnector } from '../helpers/fake-connector.js';

/** A stand-in for the Bot Framework connector service: records the activities the bot sends. */
function fakeConnector(): Promise<{ server: Server; url: string; received: Promise<{ path: string; body: { type: string; text?: string; replyToId?: string } }> }> {
  let deliver: (x: { path: string; body: { type: string; text?: string } }) => void = () => undefined;
  const received = new Promise<{ path: string; body: { type: string; text?: string } }>((resolve) => (deliver = resolve));
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"sent-1"}');
      deliver({ path: req.url ?? '', body: JSON.parse(raw) as { type: string; text?: string } });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received })));
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of closers) await c();
});

describe('POST /api/messages (Bot Framework)', () => {
  it('answers an Emulator-style activity through the same bot, replying to its serviceUrl', async () => {
    const app = await testApp();
    const connector = await fakeConnector();
    closers.push(() => new Promise((r) => connector.server.close(() => r())));
    const bf = await startBotFramework(app, { port: 0, host: '127.0.0.1', appId: '', appPassword: '', appTenantId: '', appType: 'MultiTenant' }, silentLogger);
    closers.push(bf.close);
    const port = (bf.server.address() as AddressInfo).port;
    const activity = {
      type: 'message',
      id: 'act-1',
      channelId: 'emulator',
      serviceUrl: connector.url,
      from: { id: 'user-1', name: 'User' },
      recipient: { id: 'bot', name: 'callguard' },
      conversation: { id: 'conv-1' },
      text: '有个叫刘伟建的说是网信办的，工号9949，说要停我的号码，还问我家保姆什么时候出门',
      locale: 'zh-CN',
    };
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBeLessThan(300);
    const reply = await connector.received;
    expect(reply.path).toBe('/v3/conversations/conv-1/activities/act-1');
    expect(reply.body.type).toBe('message');
    expect(reply.body.text).toMatch(/诈骗/);
    expect(reply.body.text).toMatch(/网信办/);
  });

  it('refuses a malformed body', async () => {
    const app = await testApp();
    const bf = await startBotFramework(app, { port: 0, host: '127.0.0.1', appId: '', appPassword: '', appTenantId: '', appType: 'MultiTenant' }, silentLogger);
    closers.push(bf.close);
    const port = (bf.server.address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', body: 'not json' });
    expect(res.status).toBe(400);
  });
});

describe('POST /api/messages within the allowance', () => {
  it('answers one person at most as often as the per-person limit allows', async () => {
    const app = await testApp();
    let replied: () => void = () => undefined;
    const connector = await recordingConnector(() => replied());
    closers.push(connector.close);
    const { replies, url: serviceUrl } = connector;
    const bf = await startBotFramework(
      app,
      { port: 0, host: '127.0.0.1', appId: '', appPassword: '', appTenantId: '', appType: 'MultiTenant', limits: { perUserPerMinute: 2, perRoomPerMinute: 10, perMemberPerMinute: 2 } },
      silentLogger,
    );
    closers.push(bf.close);
    const port = (bf.server.address() as AddressInfo).port;
    const post = (i: number, user: string) =>
      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: `a-${user}-${i}`, channelId: 'emulator', serviceUrl, from: { id: user }, recipient: { id: 'bot' }, conversation: { id: `c-${user}` }, text: '你好' }),
      });
    // The adapter answers each request once its turn is done: sequential posts, whole turns.
    expect((await post(0, 'probe')).status).toBeLessThan(300);
    const perTurn = replies.length;
    expect(perTurn).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect((await post(i, 'flooder')).status).toBeLessThan(300);
    // Five messages, an allowance of two: two turns' replies, no more.
    expect(replies.length - perTurn).toBe(2 * perTurn);
    const before = replies.length;
    const other = new Promise<void>((r) => (replied = r));
    await post(0, 'someone-else');
    await other;
    expect(replies.length).toBeGreaterThan(before);
  });
});
