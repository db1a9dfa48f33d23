/**
 * Entry point. `npm start`: WeChat when WECHATY_PUPPET is set, else the terminal chat.
 * `npm run chat`: the terminal chat; `npm run chat -- --jsonl`: the JSON-lines interface.
 * `npm run console`: the operator console alone (CONSOLE_PORT, else its default port).
 */
import { loadConfig, loadDotEnv, ConfigError } from './config/load.js';
import { resolve } from 'node:path';
import { startHealthServer } from './channels/health.js';
import type { ContentReloader } from './content/reload.js';
import { ContentError, formatIssue } from './content/yaml-file.js';
import { createApp, StorageError, type App } from './app.js';
import type { Config } from './config/schema.js';
import { createLogger, type Logger } from './util/log.js';

async function main(argv: string[]): Promise<number> {
  // Whoever reads our stdout may stop reading (a closed pipe): then there is no one to answer.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  loadDotEnv();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const jsonl = argv.includes('--jsonl');
  const log = createLogger({ level: config.LOG_LEVEL, format: jsonl && config.LOG_FORMAT === 'auto' ? 'json' : config.LOG_FORMAT });
  // A promise nobody awaited must not take every conversation down with it: logged, survived.
  process.on('unhandledRejection', (e: unknown) => log.error({ err: e }, 'unhandled rejection (survived)'));
  const mode = argv[0] === 'chat' ? (jsonl ? 'jsonl' : 'terminal') : argv[0] === 'console' ? 'console' : config.WECHATY_PUPPET ? 'wechat' : 'terminal';
  const t0 = performance.now();
  let app;
  try {
    app = await createApp(config, log, { mode: mode === 'jsonl' ? 'jsonl' : 'service' });
  } catch (e) {
    if (e instanceof ContentError) {
      for (const i of e.issues) process.stderr.write(`${formatIssue(i)}\n`);
      process.stderr.write(`callguard will not start on invalid content (${e.issues.length} problem(s)); run npm run validate\n`);
      return 1;
    }
    if (e instanceof StorageError) {
      process.stderr.write(`${e.message}\n`);
      return 3;
    }
    throw e;
  }
  log.info({ ms: Math.round(performance.now() - t0), content: app.content.hash, storage: app.store.engine }, 'callguard ready');
  // Every channel answers through the turn pipeline's limits; only live chats batch stories by
  // default (the JSON lines answer each line at once unless given --window-ms).
  const { turnsFor } = await import('./pipeline/turns.js');
  const windowMs = mode === 'jsonl' ? windowFlag(argv) : mode === 'terminal' ? 0 : config.STORY_WINDOW_MS;
  const turns = turnsFor(app, config, log, { windowMs });
  const handle = (m: Parameters<typeof turns.receive>[0]) => turns.receive(m);
  const health = config.HEALTH_PORT > 0 ? await startHealthServer(app, config, log) : null;
  const botFramework =
    config.BOT_FRAMEWORK_PORT > 0 && mode !== 'jsonl'
      ? await (await import('./channels/bot-framework.js')).startBotFramework(
          app,
          {
            port: config.BOT_FRAMEWORK_PORT,
            host: config.BOT_FRAMEWORK_HOST,
            appId: config.MICROSOFT_APP_ID,
            appPassword: config.MICROSOFT_APP_PASSWORD,
            appTenantId: config.MICROSOFT_APP_TENANT_ID,
            appType: config.MICROSOFT_APP_TYPE,
            limits: {
              perUserPerMinute: config.RATE_LIMIT_PER_USER_PER_MINUTE,
              perRoomPerMinute: config.RATE_LIMIT_PER_ROOM_PER_MINUTE,
              perMemberPerMinute: config.RATE_LIMIT_PER_MEMBER_PER_MINUTE,
            },
          },
          log,
        )
      : null;
  // The JSON-lines harness answers one fixed content; a live bot follows operators' edits.
  let reloader: ContentReloader | null = null;
  if (config.CONTENT_RELOAD && mode !== 'jsonl') {
    const root = resolve(config.CONTENT_DIR);
    // Loaded only here: the file watcher (chokidar) is no cost to a bot that does not reload.
    const { ContentReloader } = await import('./content/reload.js');
    reloader = new ContentReloader(app, { root, cacheDir: resolve(root, config.NLU_CACHE_DIR), threshold: config.NLU_FALLBACK_THRESHOLD, log });
    await reloader.start();
  }
  let operatorConsole: Awaited<ReturnType<typeof openConsole>> | null = null;
  if ((config.CONSOLE_PORT > 0 || mode === 'console') && mode !== 'jsonl') {
    try {
      operatorConsole = await openConsole(app, config, reloader, log);
    } catch (e) {
      // Nothing left running may keep the process alive after this.
      await reloader?.stop();
      await botFramework?.close();
      await health?.close();
      await app.close();
      throw e;
    }
  }

  // SIGTERM/SIGINT in every mode: take no new message, finish the one in flight, then flush and
  // close storage below.
  let stopping = false;
  const stop = new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping: finishing the message in flight');
      resolve();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    if (mode !== 'terminal') process.once('SIGINT', () => onSignal('SIGINT'));
  });
  try {
    if (mode === 'jsonl') {
      const { runJsonLines } = await import('./channels/jsonl.js');
      // The loop finishes its iteration before it asks stdin for more: destroying stdin ends it
      // after the line in flight is answered.
      void stop.then(() => process.stdin.destroy());
      try {
        await runJsonLines(handle, log, process.stdin, (l) => process.stdout.write(l), { overlap: windowMs > 0 });
      } catch (e) {
        if (!stopping) throw e;
      }
    } else if (mode === 'terminal') {
      const { runTerminal } = await import('./channels/terminal.js');
      void stop.then(() => process.stdin.destroy());
      await runTerminal(handle, app.content.messages.welcome![config.DEFAULT_LANGUAGE]).catch((e: unknown) => {
        if (!stopping) throw e;
      });
    } else if (mode === 'console') {
      await stop;
    } else {
      const { runWechat } = await import('./channels/wechat.js');
      await runWechat(app, config, log);
    }
  } finally {
    await reloader?.stop();
    await operatorConsole?.close();
    await botFramework?.close();
    await health?.close();
    await app.close();
  }
  return 0;
}

/** `--window-ms N` (or `--window-ms=N`): the story window of the JSON lines; 0 without it. */
function windowFlag(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === '--window-ms' || a.startsWith('--window-ms='));
  if (i < 0) return 0;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 30_000) throw new Error('--window-ms needs a whole number of milliseconds from 0 to 30000');
  return n;
}

/** The operator console on CONSOLE_PORT, or `npm run console`'s default port. */
async function openConsole(app: App, config: Config, reloader: ContentReloader | null, log: Logger) {
  const { startConsole, DEFAULT_CONSOLE_PORT } = await import('./console/server.js');
  const port = config.CONSOLE_PORT || DEFAULT_CONSOLE_PORT;
  return startConsole(app, { port, host: config.CONSOLE_HOST, token: config.CONSOLE_TOKEN, nluReport: resolve('reports', 'nlu-eval.json'), reloader }, log).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`the console's port ${port} is taken: set CONSOLE_PORT to another`, { cause: e });
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`callguard crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
