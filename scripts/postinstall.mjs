// After `npm install`: builds dist/ and trains the NLU models into the cache, so that the first
// `npm start` (or JSON-lines run) answers its first message in about a second rather than after
// ~20 s of training. Never fails the install: without it the bot trains on its first start.
// Skipped where there is nothing to build yet (the Dockerfile installs before it copies src/) or
// no compiler (a production install); CALLGUARD_SKIP_PREPARE=1 skips it too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';

const ready = ['src', 'intents', 'dialogs', 'node_modules/typescript'].every((p) => existsSync(join(root, p)));
if (process.env.CALLGUARD_SKIP_PREPARE !== '1' && ready) {
  const skip = (why) => process.stderr.write(`callguard: ${why}; the models will be trained on the first start instead\n`);
  if (!buildIfNeeded()) skip('the build failed (npm run typecheck)');
  else {
    process.stderr.write('callguard: training the NLU models (once, about 20 s)…\n');
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'prepare-models.js')], { cwd: root, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) skip('the models could not be trained now');
  }
}
