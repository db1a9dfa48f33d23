import type { Storage } from 'botbuilder-core';
import { BoundedMemoryStorage } from './storage/bounded-memory.js';
import { resolve } from 'node:path';
import type { Config } from './config/schema.js';
import { loadContentCached, type Content } from './content/load.js';
import { VerificationFlow } from './dialogs/verification.js';
import { NluEngine } from './nlu/engine.js';
import { MessageAdapter } from './pipeline/adapter.js';
import { CallguardBot } from './pipeline/bot.js';
import type { Logger } from './util/log.js';

export interface App {
  content: Content;
  nlu: NluEngine;
  bot: CallguardBot;
  adapter: MessageAdapter;
}

/** Storage behind conversation and group state. Memory for now; durable storage plugs in here. */
export function createStorage(config: Pick<Config, 'STORAGE' | 'STORAGE_MAX_ITEMS'>): Storage {
  switch (config.STORAGE) {
    case 'memory':
      return new BoundedMemoryStorage(config.STORAGE_MAX_ITEMS);
  }
}

/**
 * Wires content → NLU → dialogs → pipeline → adapter. Throws ContentError on invalid content:
 * the bot never starts on a bad edit.
 */
export function createApp(config: Config, log: Logger, now?: () => number): App {
  const root = resolve(config.CONTENT_DIR);
  const content = loadContentCached(root, resolve(root, config.NLU_CACHE_DIR));
  const t0 = performance.now();
  const nlu = NluEngine.create(content, {
    threshold: config.NLU_FALLBACK_THRESHOLD,
    cacheDir: resolve(root, config.NLU_CACHE_DIR),
    log: (m) => log.warn(m),
  });
  log.debug({ ms: Math.round(performance.now() - t0), contentHash: content.hash }, 'NLU ready');
  const flow = new VerificationFlow(content);
  const bot = new CallguardBot(
    createStorage(config),
    nlu,
    flow,
    {
      defaultLang: config.DEFAULT_LANGUAGE,
      keywords: config.BOT_KEYWORDS,
      groupMode: config.GROUP_MODE,
      cooldownSeconds: config.GROUP_COOLDOWN_SECONDS,
      operatorIds: config.OPERATOR_IDS,
      ...(now ? { now } : {}),
    },
    log,
  );
  const adapter = new MessageAdapter(bot.run);
  adapter.onTurnError = async (_context, error) => {
    log.error({ err: error }, 'unhandled turn error');
  };
  return { content, nlu, bot, adapter };
}
