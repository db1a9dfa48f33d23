import { createServer, type ServerResponse } from 'node:http';
import type { App } from '../app.js';
import { RateLimiter, type Who } from '../pipeline/rate-limit.js';
import { RedactAtIntake } from '../privacy/middleware.js';
import { inTurn } from '../storage/turn-versions.js';
import type { Logger } from '../util/log.js';
import { isLoopback, listen, readJsonObject, type Listening } from './http-server.js';

export interface BotFrameworkOptions {
  port: number;
  host: string;
  /** Azure Bot registration; empty: no authentication, and then only local clients are served. */
  appId: string;
  appPassword: string;
  appTenantId: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** The pipeline's allowances (RATE_LIMIT_*), as every other channel has them. */
  limits?: { perUserPerMinute: number; perRoomPerMinute: number; perMemberPerMinute: number };
}

const MAX_BODY = 256 * 1024;

/**
 * POST /api/messages through botbuilder's CloudAdapter: the Bot Framework Emulator, Web Chat and
 * Azure Bot Service reach the same bot and pipeline as WeChat (replies go to the activity's
 * serviceUrl, as the Bot Framework protocol wants). Without an app id authentication is off,
 * so only loopback clients are served. botbuilder is loaded only when this endpoint is on.
 */
export async function startBotFramework(app: App, o: BotFrameworkOptions, log: Logger): Promise<Listening> {
  const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = await import('botbuilder');
  const authenticated = o.appId.length > 0;
  const auth = new ConfigurationBotFrameworkAuthentication(
    authenticated ? { MicrosoftAppId: o.appId, MicrosoftAppPassword: o.appPassword, MicrosoftAppTenantId: o.appTenantId, MicrosoftAppType: o.appType } : {},
  );
  const adapter = new CloudAdapter(auth);
  adapter.use(new RedactAtIntake());
  if (o.limits) {
    // This endpoint runs the bot without the turn pipeline in front (the CloudAdapter holds the
    // turn): its per-person and per-group allowances are applied here. Over them the message is
    // dropped, and logged.
    const limiter = new RateLimiter({ ...o.limits, now: Date.now });
    adapter.use(async (context, next) => {
      const a = context.activity;
      if (a.type !== 'message') return next();
      const who: Who = { user: a.from?.id ?? '', room: a.conversation?.isGroup ? a.conversation.id : undefined };
      const admission = limiter.admit(who);
      if (!admission.ok) {
        log.debug({ scope: admission.scope }, 'Bot Framework: over the rate limit, message dropped');
        return;
      }
      limiter.spend(who);
      await next();
    });
  }
  adapter.onTurnError = async (_context, error) => {
    log.error({ err: error }, 'Bot Framework: turn failed');
  };

  const server = createServer((req, res) => {
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/api/messages') {
      res.writeHead(404).end();
      return;
    }
    if (!authenticated && !isLoopback(req.socket.remoteAddress)) {
      // No credentials configured: anyone could speak as any user. Local tools only.
      res.writeHead(403, { 'content-type': 'application/json' }).end('{"error":"authentication is off: local clients only"}');
      return;
    }
    readJsonObject(req, MAX_BODY).then(
      (body) => adapter.process({ body, headers: req.headers, method: req.method }, toBotResponse(res), (context) => inTurn(() => app.bot.run(context))),
      (e: unknown) => {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: e instanceof Error ? e.message : 'bad request' }));
      },
    ).catch((e: unknown) => {
      log.error({ err: e }, 'Bot Framework: request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const listening = await listen(server, o.port, o.host);
  log.info({ host: o.host, port: o.port, authenticated }, 'Bot Framework endpoint: POST /api/messages');
  return listening;
}

/** botbuilder's Response (an Express/restify shape) over node's ServerResponse. */
function toBotResponse(res: ServerResponse) {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(body?: unknown) {
      if (body === undefined) res.end();
      else if (typeof body === 'string' || Buffer.isBuffer(body)) res.end(body);
      else {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      }
      return this;
    },
    end(...args: unknown[]) {
      res.end(...(args as []));
      return this;
    },
  };
}
