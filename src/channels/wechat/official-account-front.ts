/**
 * The HTTP endpoint WeChat calls for an Official Account (服务器配置 → URL). Every request,
 * GET and POST, must carry a valid recent signature (403 otherwise, and nothing reaches the
 * bot); a post is answered within WeChat's window, with a passive reply when one is ready.
 */
import { createServer, type IncomingMessage as HttpRequest, type Server, type ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../util/log.js';
import { RepeatThrottle } from './log-throttle.js';
import { sleep } from '../../pipeline/serial.js';
import type { PassiveReplies } from './official-account-passive.js';
import { checkSignature } from './official-account-signature.js';
import { inboundKey, parseInbound, passiveTextReply, type Inbound } from './official-account-xml.js';

/** WeChat gives up after 5 s and retries; the rest is for the network and the reverse proxy. */
export const PASSIVE_WINDOW_MS = 4_000;
/** WeChat's posts are a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;

export interface FrontOptions {
  token: string;
  passive: PassiveReplies;
  /** Hands a verified message to the bot; false when there is nothing to answer (no turn). */
  inject: (m: Inbound) => Promise<boolean>;
  /** The welcome for a new follower, read when it is sent (content reloads). */
  welcome: () => string;
  log: Logger;
  hash: (id: string) => string;
  now?: () => number;
  /** Resolves when the passive window of a post is over (tests resolve it by hand). */
  window?: () => Promise<void>;
}

export function createFront(o: FrontOptions): Server {
  const now = o.now ?? Date.now;
  const window = o.window ?? (() => sleep(PASSIVE_WINDOW_MS));
  // WeChat retries a post three times when it hears nothing; one turn per message all the same.
  const seen = new LRUCache<string, true>({ max: 10_000, ttl: 5 * 60_000 });
  // A wrong token refuses every post, and a forger can send many: one line a minute per cause.
  const refusals = new RepeatThrottle(Date.now);

  async function onPost(req: HttpRequest, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (body === undefined) return end(res, 413, '');
    const parsed = parseInbound(body);
    if (!parsed.ok) {
      o.log.warn({ why: parsed.why }, 'WeChat OA: unreadable post');
      return end(res, 400, '');
    }
    const m = parsed.message;
    const user = o.hash(m.FromUserName);
    const key = inboundKey(m);
    if (seen.has(key)) {
      o.log.debug({ user }, 'WeChat OA: repeated post ignored');
      return end(res, 200, 'success');
    }
    seen.set(key, true);

    if (m.MsgType === 'event') {
      if (m.Event === 'subscribe') {
        o.log.info({ user }, 'WeChat OA: new follower welcomed');
        return end(res, 200, passiveTextReply(m.FromUserName, m.ToUserName, o.welcome(), now()), 'text/xml');
      }
      return end(res, 200, 'success');
    }

    // The slot is open before the bot can answer, so even an instant reply finds it.
    const answer = o.passive.open(m.FromUserName, key);
    const timer = window().then(() => o.passive.close(key));
    void timer;
    const injected = await o.inject(m).catch((err: unknown) => {
      o.log.error({ err, user }, 'WeChat OA: message not handed to the bot');
      return false;
    });
    if (!injected) o.passive.close(key);
    const texts = await answer;
    if (texts.length === 0) return end(res, 200, 'success');
    end(res, 200, passiveTextReply(m.FromUserName, m.ToUserName, texts.join('\n\n'), now()), 'text/xml');
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    if (req.method !== 'GET' && req.method !== 'POST') return end(res, 405, '');
    const check = checkSignature(o.token, { signature: q.get('signature'), timestamp: q.get('timestamp'), nonce: q.get('nonce') }, now());
    if (!check.ok) {
      const { log, repeated } = refusals.check(check.why);
      if (log) o.log.warn({ method: req.method, why: check.why, ...(repeated > 0 ? { repeated } : {}) }, 'WeChat OA: request refused (signature)');
      req.resume();
      return end(res, 403, '');
    }
    // GET: the console's 服务器配置 check; echo its challenge.
    if (req.method === 'GET') return end(res, 200, q.get('echostr') ?? '');
    onPost(req, res).catch((err: unknown) => {
      o.log.error({ err }, 'WeChat OA: post failed');
      if (!res.headersSent) end(res, 200, 'success');
    });
  });
}

function end(res: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
  res.end(body);
}

/** The body as text, or undefined when it is over the limit. */
async function readBody(req: HttpRequest): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
