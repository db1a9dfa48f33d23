import { resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import { loadContentCached, type Content } from '../content/load.js';
import type { Logger } from '../util/log.js';
import { NluEngine } from './engine.js';

/**
 * The content and the NLU trained on it (or read from the model cache), from where the config
 * says: the bot's start and the tests' one-off training read them the same way.
 */
export function loadNlu(config: Config, log?: Logger): { content: Content; nlu: NluEngine } {
  const root = resolve(config.CONTENT_DIR);
  const cacheDir = resolve(root, config.NLU_CACHE_DIR);
  const content = loadContentCached(root, cacheDir);
  const nlu = NluEngine.create(content, { threshold: config.NLU_FALLBACK_THRESHOLD, cacheDir, ...(log ? { log: (m: string) => log.warn(m) } : {}) });
  return { content, nlu };
}
