/**
 * `prepare-content ROOT CACHE_DIR THRESHOLD`: validates the content under ROOT and trains its
 * models into CACHE_DIR, in a process of its own so that a running bot keeps answering meanwhile
 * (src/content/reload.ts). Prints one JSON line: {"ok":true,"hash":…} or {"ok":false,"issues":[…]}.
 */
import { loadContentCached } from '../content/load.js';
import { ContentError, formatIssue } from '../content/yaml-file.js';
import { NluEngine } from '../nlu/engine.js';

const [root, cacheDir, threshold] = process.argv.slice(2);
try {
  if (!root || !cacheDir || !threshold) throw new Error('usage: prepare-content ROOT CACHE_DIR THRESHOLD');
  const content = loadContentCached(root, cacheDir);
  NluEngine.create(content, { threshold: Number(threshold), cacheDir, log: () => undefined });
  process.stdout.write(`${JSON.stringify({ ok: true, hash: content.hash })}\n`);
} catch (e) {
  const issues = e instanceof ContentError ? e.issues.map(formatIssue) : [e instanceof Error ? e.message : String(e)];
  process.stdout.write(`${JSON.stringify({ ok: false, issues })}\n`);
  process.exitCode = 1;
}
