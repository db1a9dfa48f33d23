import { loadConfig } from '../src/config/load.js';
import { createApp } from '../src/app.js';
import { silentLogger } from '../src/util/log.js';
import { buildIfNeeded } from '../scripts/build-if-needed.mjs';

/**
 * Before any test file starts: trains the models once and leaves them in the on-disk cache (test
 * files then load them in milliseconds instead of each training inside a test's timeout), and
 * builds dist/ once for the tests that run the real `npm run chat` (no two builds racing).
 */
export default async function setup(): Promise<void> {
  const app = await createApp(loadConfig({ STORAGE: 'memory' }), silentLogger, { sweepEveryMs: 0 });
  await app.close();
  if (!buildIfNeeded()) throw new Error('the build of dist/ failed');
}
