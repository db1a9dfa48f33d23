import { loadConfig } from '../src/config/load.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentCached } from '../src/content/load.js';
import { NluEngine } from '../src/nlu/engine.js';
import { loadNlu } from '../src/nlu/from-config.js';
import { buildIfNeeded } from '../scripts/build-if-needed.mjs';

/**
 * Before any test file starts: trains the models once and leaves them in the on-disk cache (test
 * files then load them in milliseconds instead of each training inside a test's timeout), and
 * builds dist/ once for the tests that run the real `npm run chat` (no two builds racing). Only
 * the content and the models, from where createApp reads them: the rest of an app would only
 * delay every worker's start.
 */
export default function setup(): void {
  const config = loadConfig({ STORAGE: 'memory' });
  // Trained already (the usual case): nothing to load here; every worker reads the cache itself.
  const root = resolve(config.CONTENT_DIR);
  const files = NluEngine.cacheFiles(loadContentCached(root, resolve(root, config.NLU_CACHE_DIR)), resolve(root, config.NLU_CACHE_DIR));
  if (!existsSync(files.classifiers) || !existsSync(files.deeds)) loadNlu(config);
  if (!buildIfNeeded()) throw new Error('the build of dist/ failed');
}
