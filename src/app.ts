import { resolve } from 'node:path';
import { engineFor } from './config/load.js';
import type { Config } from './config/schema.js';
import type { Content } from './content/load.js';
import { loadNlu } from './nlu/from-config.js';
import { VerificationFlow } from './dialogs/verification.js';
import { NluEngine } from './nlu/engine.js';
import { ImageReader } from './ocr/reader.js';
import { MessageAdapter } from './pipeline/adapter.js';
import { CallguardBot } from './pipeline/bot.js';
import { imageReading } from './pipeline/read-image.js';
import { RedactAtIntake } from './privacy/middleware.js';
import { openStore, type Store } from './storage/store.js';
import type { Logger } from './util/log.js';

export interface App {
  content: Content;
  nlu: NluEngine;
  bot: CallguardBot;
  adapter: MessageAdapter;
  store: Store;
  /** Reads screenshots (OCR); null when OCR_ENABLED=false. */
  images: ImageReader | null;
  /** Live facts channels report, for the health endpoint. */
  status: AppStatus;
  /** Flushes and closes storage; the app answers nothing after. */
  close(): Promise<void>;
}

export interface AppStatus {
  /** Set by the WeChat channel while it runs. */
  wechatLoggedIn?: () => boolean;
}

export interface AppOptions {
  now?: () => number;
  /** The JSON-lines harness keeps state in memory unless STORAGE says otherwise. */
  mode?: 'service' | 'jsonl';
  /** How often expired conversations are emptied (ms); 0: never. */
  sweepEveryMs?: number;
  /** While storage is down, how often it is tried again (ms). */
  retryMs?: number;
}

/** The configured storage could not be opened (unreachable, refused, or its schema would not migrate). */
export class StorageError extends Error {
  constructor(engine: string, cause: unknown) {
    super(`callguard cannot open its storage (${engine}): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageError';
  }
}

/** Opens the configured storage engine (schema migrated, id secret loaded). */
export function createStore(config: Config, log: Logger, o: AppOptions = {}): Promise<Store> {
  const engine = engineFor(config, o.mode ?? 'service');
  return openStore({
    engine,
    dataDir: resolve(config.DATA_DIR),
    url: config.DATABASE_URL,
    idSecret: config.ID_HASH_SECRET,
    conversationIdleMs: config.CONVERSATION_IDLE_HOURS * 3_600_000,
    log,
    ...(o.now ? { now: o.now } : {}),
    ...(o.sweepEveryMs !== undefined ? { sweepEveryMs: o.sweepEveryMs } : {}),
    ...(o.retryMs !== undefined ? { retryMs: o.retryMs } : {}),
  }).catch((e: unknown) => {
    throw new StorageError(engine, e);
  });
}

/**
 * Wires content → NLU → dialogs → pipeline → adapter over storage. Throws ContentError on
 * invalid content: the bot never starts on a bad edit.
 */
export async function createApp(config: Config, log: Logger, o: AppOptions = {}): Promise<App> {
  const t0 = performance.now();
  const { content, nlu } = loadNlu(config, log);
  log.debug({ ms: Math.round(performance.now() - t0), contentHash: content.hash }, 'NLU ready');
  const store = await createStore(config, log, o);
  const flow = new VerificationFlow(content);
  const bot = new CallguardBot(
    store,
    nlu,
    flow,
    {
      defaultLang: config.DEFAULT_LANGUAGE,
      keywords: config.BOT_KEYWORDS,
      groupMode: config.GROUP_MODE,
      cooldownSeconds: config.GROUP_COOLDOWN_SECONDS,
      operatorIds: config.OPERATOR_IDS,
      conversationIdleMs: config.CONVERSATION_IDLE_HOURS * 3_600_000,
      ...(o.now ? { now: o.now } : {}),
    },
    log,
  );
  const images = config.OCR_ENABLED
    ? new ImageReader({ timeoutMs: config.OCR_TIMEOUT_SECONDS * 1_000, idleMs: config.OCR_IDLE_SECONDS * 1_000, log })
    : null;
  const adapter = new MessageAdapter(bot.run, imageReading(images));
  // A screenshot's text arrives as the activity's text (the adapter puts it there), so this one
  // filter redacts it exactly as typed text.
  adapter.use(new RedactAtIntake());
  adapter.onTurnError = async (_context, error) => {
    log.error({ err: error }, 'unhandled turn error');
  };
  const close = async () => {
    await images?.close();
    await store.close();
  };
  return { content, nlu, bot, adapter, store, images, status: {}, close };
}
