import { loadConfig } from '../src/config/load.js';
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
  loadNlu(loadConfig({ STORAGE: 'memory' }));
  if (!buildIfNeeded()) throw new Error('the build of dist/ failed');
}
