/**
 * `prepare-models`: trains the NLU models for the configured content into the model cache (or
 * finds them there), so that the bot's first start answers its first message in about a second
 * instead of training first. Run by `npm install` (scripts/postinstall.mjs) and the Dockerfile.
 * Reads the same config as the bot (.env, then the environment): the same cache the bot reads.
 */
import { ConfigError, loadConfig, loadDotEnv } from '../config/load.js';
import { ContentError, formatIssue } from '../content/yaml-file.js';
import { loadNlu } from '../nlu/from-config.js';

loadDotEnv();
const t0 = performance.now();
try {
  loadNlu(loadConfig());
  process.stderr.write(`callguard: NLU models ready (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
} catch (e) {
  if (e instanceof ContentError) for (const i of e.issues) process.stderr.write(`${formatIssue(i)}\n`);
  else process.stderr.write(`${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
