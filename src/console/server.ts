import { createHash, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '../app.js';
import { isLoopback, listen, readJsonObject, type Listening } from '../channels/http-server.js';
import { isLoopbackHost } from '../config/load.js';
import type { ContentReloader } from '../content/reload.js';
import { readStats } from '../storage/stats.js';
import type { Logger } from '../util/log.js';
import { barsSvg, daysSvg } from './charts.js';
import { DirectLineConversations } from './direct-line.js';
import { readNluReport } from './nlu-report.js';

/** The port `npm run console` serves on when CONSOLE_PORT is 0. */
export const DEFAULT_CONSOLE_PORT = 3980;

export interface ConsoleOptions {
  port: number;
  host: string;
  /** Empty: loopback clients only. Else every data and chat request carries it as a Bearer token. */
  token: string;
  /** reports/nlu-eval.json, as `npm run nlu -- eval` writes it. */
  nluReport: string;
  /** Watches content edits; null when CONTENT_RELOAD is off. */
  reloader: ContentReloader | null;
}

export interface ConsoleServer extends Listening {
  url: string;
  directLine: DirectLineConversations;
}

const MAX_BODY = 64 * 1024;
const PAGE = fileURLToPath(new URL('../../console/', import.meta.url));
/** The only files served from disk: nothing else can be asked for by path. */
const STATIC: Record<string, { file: () => string; type: string }> = {
  '/': { file: () => join(PAGE, 'index.html'), type: 'text/html; charset=utf-8' },
  '/console.js': { file: () => join(PAGE, 'console.js'), type: 'text/javascript; charset=utf-8' },
  '/console.css': { file: () => join(PAGE, 'console.css'), type: 'text/css; charset=utf-8' },
  // Web Chat's prebuilt bundle, as installed: no CDN. The minimal build: no Adaptive Cards or speech.
  '/webchat.js': { file: () => join(dirname(createRequire(import.meta.url).resolve('botframework-webchat')), '..', 'dist', 'webchat-minimal.js'), type: 'text/javascript; charset=utf-8' },
};
const HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  // Web Chat styles itself with inline <style> elements; scripts come from this server only.
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'",
};

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The operator console: a web page to chat with the live content through Web Chat, seeing what
 * the pipeline decided on each turn, beside the latest NLU report, the stats and the content's
 * problems. Without a token it serves only this machine.
 */
export async function startConsole(app: App, o: ConsoleOptions, log: Logger): Promise<ConsoleServer> {
  if (!o.token && !isLoopbackHost(o.host)) throw new Error(`the console needs CONSOLE_TOKEN to listen on ${o.host}`);
  const directLine = new DirectLineConversations((m) => app.adapter.process(m, { inspect: true }), { onError: (e) => log.error({ err: e }, 'console: turn failed') });
  const expected = o.token ? digest(o.token) : null;

  const allowed = (req: IncomingMessage): boolean => {
    if (expected) {
      const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
      return m !== null && timingSafeEqual(digest(m[1]!), expected);
    }
    // No token: this machine only, and only under a local name (a page elsewhere cannot rebind
    // its own domain to 127.0.0.1 and read the console).
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
    return isLoopback(req.socket.remoteAddress) && isLoopbackHost(host);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log.error({ err: e }, 'console: request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://console');
    const path = url.pathname;
    const asset = req.method === 'GET' ? STATIC[path] : undefined;
    if (asset) {
      let file: string;
      try {
        file = asset.file();
      } catch {
        return send(res, 500, { error: 'botframework-webchat is not installed: run npm install' });
      }
      return serveFile(res, file, asset.type);
    }
    if (!allowed(req)) return send(res, 401, { error: o.token ? 'a valid Bearer token is required: open the console as /?token=…' : 'local clients only' });
    if (req.method === 'POST' && !/^application\/json\b/.test(req.headers['content-type'] ?? '') && path !== '/v3/directline/tokens/refresh') {
      // Only a JSON post: a form on some other site cannot make the bot talk.
      return send(res, 415, { error: 'content-type must be application/json' });
    }
    const route = `${req.method} ${path}`;
    if (route === 'GET /api/overview') return send(res, 200, overview());
    if (route === 'GET /api/nlu') return send(res, 200, await readNluReport(o.nluReport, app.content.hash));
    if (route === 'GET /api/stats') return stats(res, Number(url.searchParams.get('days') ?? '7'));
    if (route === 'POST /api/reload') {
      if (!o.reloader) return send(res, 409, { error: 'content reload is off (CONTENT_RELOAD=false): restart the bot to load edits' });
      return send(res, 200, await o.reloader.reload());
    }
    return directLineRoute(req, res, url);
  }

  async function directLineRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    if (req.method === 'POST' && path === '/v3/directline/conversations') {
      // The token Web Chat sends back is the one it came with: the console's, or none needed.
      return send(res, 201, { ...directLine.start(), token: o.token || 'local', expires_in: 3600 });
    }
    if (req.method === 'POST' && path === '/v3/directline/tokens/refresh') return send(res, 200, { token: o.token || 'local', expires_in: 3600 });
    const m = /^\/v3\/directline\/conversations\/([\w-]+)\/activities$/.exec(path);
    if (!m) return send(res, 404, { error: 'not found' });
    const id = m[1]!;
    if (req.method === 'GET') {
      const page = directLine.activities(id, url.searchParams.get('watermark') ?? undefined);
      return page ? send(res, 200, page) : send(res, 404, { error: 'no such conversation' });
    }
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });
    let body: Record<string, unknown>;
    try {
      body = await readJsonObject(req, MAX_BODY);
    } catch (e) {
      return send(res, 400, { error: e instanceof Error ? e.message : 'bad request' });
    }
    const posted = directLine.post(id, body);
    if (!posted) return send(res, 404, { error: 'no such conversation' });
    return 'error' in posted ? send(res, 400, posted) : send(res, 200, posted);
  }

  function overview() {
    const c = app.content;
    const last = o.reloader?.last;
    return {
      content: {
        hash: c.hash,
        intents: c.training.length,
        examples: c.training.reduce((n, t) => n + t.examples.length, 0),
        scamTypes: Object.entries(c.scamTypes).map(([id, t]) => ({ id, name: t.name })),
      },
      reload: o.reloader ? 'watching' : 'off',
      lastCheck: last ? { at: new Date(last.at).toISOString(), status: last.result.status } : null,
      // The bot serves the last good content; these are what keeps the files from loading.
      issues: last?.result.status === 'rejected' ? last.result.issues : [],
    };
  }

  async function stats(res: ServerResponse, days: number): Promise<void> {
    if (!Number.isInteger(days) || days < 1 || days > 366) return send(res, 400, { error: 'days must be a whole number from 1 to 366' });
    await app.store.events.flush();
    const s = await app.store.health.guard(() => readStats(app.store.db, { days }), null);
    if (!s) return send(res, 503, { error: 'storage is not answering' });
    send(res, 200, {
      days,
      since: s.since,
      turns: s.turns,
      urgentConversations: s.urgentConversations,
      groupsActive: s.groupsActive,
      disputes: s.disputes,
      charts: {
        byDay: daysSvg(`Turns per day (red: urgent), last ${days} days`, s.byDay),
        byScamType: barsSvg('Turns by scam type', s.byScamType),
        byRisk: barsSvg('Turns by risk', s.byRisk, '#c62828'),
        byChannel: barsSvg('Turns by channel', s.byChannel, '#5b7f3a'),
      },
      unrecognised: s.unrecognised,
    });
  }

  const listening = await listen(server, o.port, o.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const url = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}/`;
  log.info({ url, token: o.token ? 'required' : 'none (local only)' }, 'operator console');
  return {
    ...listening,
    url,
    directLine,
    close: async () => {
      await directLine.idle();
      await listening.close();
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...HEADERS, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function serveFile(res: ServerResponse, file: string, type: string): void {
  const stream = createReadStream(file);
  stream.once('open', () => res.writeHead(200, { ...HEADERS, 'content-type': type }));
  stream.once('error', () => {
    if (!res.headersSent) send(res, 500, { error: `cannot read ${basename(file)}` });
  });
  stream.pipe(res);
}
