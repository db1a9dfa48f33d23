/**
 * A fake WeChat for the Official Account route, all on 127.0.0.1: the API server (access
 * token, customer-service messages, picture downloads) and WeChat's side of the webhook
 * (signed XML posts).
 */
import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:http';
import { listen, type Listening } from '../../src/channels/http-server.js';
import { wechatSignature } from '../../src/channels/wechat/official-account-signature.js';

export interface CustomerServiceMessage {
  accessToken: string | null;
  touser: string;
  content: string;
}

export interface FakeWechatApi {
  base: string;
  accessToken: string;
  /** Customer-service texts received, in order. */
  sent: CustomerServiceMessage[];
  /** Resolves when `n` customer-service texts have arrived in all. */
  received(n: number): Promise<CustomerServiceMessage[]>;
  /** Serves `bytes` at the returned URL, as a WeChat picture (PicUrl). */
  picture(bytes: Buffer): string;
  tokenRequests: number;
  close(): Promise<void>;
}

export async function fakeWechatApi(): Promise<FakeWechatApi> {
  const events = new EventEmitter();
  const pictures = new Map<string, Buffer>();
  const accessToken = `ACCESS_TOKEN_${Math.random().toString(36).slice(2)}`;
  const api: Omit<FakeWechatApi, 'close' | 'base'> = {
    accessToken,
    sent: [],
    tokenRequests: 0,
    async received(n) {
      while (api.sent.length < n) await once(events, 'sent');
      return api.sent.slice(0, n);
    },
    picture(bytes) {
      const name = `/mmbiz/${pictures.size + 1}.jpg`;
      pictures.set(name, bytes);
      return `${base}${name}`;
    },
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (body: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
      api.tokenRequests += 1;
      return json({ access_token: accessToken, expires_in: 7200 });
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/custom/send') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { touser: string; text: { content: string } };
        if (url.searchParams.get('access_token') !== accessToken) return json({ errcode: 40001, errmsg: 'invalid credential' });
        api.sent.push({ accessToken: url.searchParams.get('access_token'), touser: body.touser, content: body.text.content });
        events.emit('sent');
        json({ errcode: 0, errmsg: 'ok' });
      });
      return;
    }
    const picture = pictures.get(url.pathname);
    if (req.method === 'GET' && picture) {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': picture.length });
      return res.end(picture);
    }
    res.writeHead(404);
    res.end();
  });
  const listening: Listening = await listen(server, 0, '127.0.0.1');
  const address = listening.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { ...api, base, close: listening.close, get sent() { return api.sent; }, get tokenRequests() { return api.tokenRequests; } };
}

/** WeChat's side of the webhook: XML posts signed with the account's token. */
export function wechatClient(url: string, token: string) {
  let nonce = 0;
  const signedQuery = (o: { token?: string; timestamp?: number } = {}) => {
    const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000));
    const n = `n${++nonce}${Math.random().toString(36).slice(2, 8)}`;
    return new URLSearchParams({ signature: wechatSignature(o.token ?? token, timestamp, n), timestamp, nonce: n });
  };
  return {
    signedQuery,
    async post(xml: string, query = signedQuery()): Promise<{ status: number; body: string }> {
      const res = await fetch(`${url}/?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: xml });
      return { status: res.status, body: await res.text() };
    },
    async get(query: URLSearchParams): Promise<{ status: number; body: string }> {
      const res = await fetch(`${url}/?${query}`);
      return { status: res.status, body: await res.text() };
    },
  };
}

let msgSeq = 0;
const cdata = (s: string) => `<![CDATA[${s}]]>`;

/** A message or event as WeChat posts it, from `openid` to the account `account` (gh_…). */
export function wechatXml(openid: string, account: string, fields: Record<string, string>): string {
  const all: Record<string, string> = {
    ToUserName: account,
    FromUserName: openid,
    CreateTime: String(Math.floor(Date.now() / 1000)),
    ...(fields.MsgType === 'event' ? {} : { MsgId: String(23_000_000_000_000_000n + BigInt(++msgSeq)) }),
    ...fields,
  };
  return `<xml>${Object.entries(all)
    .map(([k, v]) => (/^\d+$/.test(v) ? `<${k}>${v}</${k}>` : `<${k}>${cdata(v)}</${k}>`))
    .join('')}</xml>`;
}
