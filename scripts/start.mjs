// `npm start` / `npm run chat`: runs the compiled bot from dist/, building it first when src/ is
// newer than the last build, so the README's first command works on a fresh clone.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, root } from './build-if-needed.mjs';

if (!buildIfNeeded()) {
  process.stderr.write('callguard: the build failed; see the errors above (npm run typecheck)\n');
  process.exit(1);
}
await import(pathToFileURL(join(root, 'dist', 'main.js')).href);
