import { createServer } from 'node:http';
import { sql } from 'kysely';
import type { App } from '../app.js';
import type { Logger } from '../util/log.js';
import { listen, type Listening } from './http-server.js';

export interface HealthReport {
  ok: boolean;
  storage: { engine: string; reachable: boolean };
  content: { loaded: boolean; hash: string };
  /** null when this process runs no WeChat channel. */
  wechat: { loggedIn: boolean } | null;
}

/** Asks storage now (a round trip), so a probe sees an outage before any person does. */
export async function healthOf(app: App): Promise<HealthReport> {
  const reachable = await app.store.health.guard(async () => {
    await sql`select 1`.execute(app.store.db);
    return true;
  }, false);
  const wechat = app.status.wechatLoggedIn ? { loggedIn: app.status.wechatLoggedIn() } : null;
  const ok = reachable && (wechat === null || wechat.loggedIn);
  return { ok, storage: { engine: app.store.engine, reachable }, content: { loaded: true, hash: app.content.hash }, wechat };
}

/**
 * GET /healthz: 200 when storage answers and WeChat (if run) is logged in, else 503; the body
 * says which part is wrong. Localhost unless HEALTH_HOST says otherwise: it tells nothing
 * secret, but nothing outside needs it.
 */
export async function startHealthServer(app: App, o: { HEALTH_PORT: number; HEALTH_HOST: string }, log: Logger): Promise<Listening> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/healthz') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    healthOf(app).then(
      (h) => res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(h)),
      () => res.writeHead(500).end(),
    );
  });
  const listening = await listen(server, o.HEALTH_PORT, o.HEALTH_HOST);
  log.info({ host: o.HEALTH_HOST, port: o.HEALTH_PORT }, 'health endpoint: GET /healthz');
  return listening;
}
