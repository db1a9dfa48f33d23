import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadContentCached } from '../../src/content/load.js';
import { NluEngine } from '../../src/nlu/engine.js';
import { contentCopies } from '../helpers/content.js';

const copies = contentCopies('callguard-prepare-');
afterEach(copies.cleanup);

// `npm install` runs scripts/postinstall.mjs, which builds dist/ and runs this command; the bot's
// first start then reads the cache instead of training for ~20 s before its first answer.
const run = (script: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn', ...env } });

describe('preparing the models at install', () => {
  it('leaves the models the bot reads at start in the cache (found there, not trained twice)', () => {
    const config = loadConfig({});
    const root = resolve(config.CONTENT_DIR);
    const dir = resolve(root, config.NLU_CACHE_DIR);
    const before = readdirSync(dir).sort();
    const r = run('dist/cli/prepare-models.js');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/NLU models ready/);
    const files = NluEngine.cacheFiles(loadContentCached(root, dir), dir);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining([files.classifiers, files.deeds].map((f) => f.slice(dir.length + 1))));
  });

  it('on broken content says where, and the install goes on (the bot would refuse to start and say so)', () => {
    const d = copies.copy();
    writeFileSync(join(d, 'intents', 'training', 'zz_broken.yaml'), 'intent: greeting\nexamples:\n  - "hi\n');
    const cli = run('dist/cli/prepare-models.js', { CONTENT_DIR: d });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/zz_broken\.yaml:\d+/);
    const install = run('scripts/postinstall.mjs', { CONTENT_DIR: d });
    expect(install.status).toBe(0);
    expect(install.stderr).toMatch(/trained on the first start instead/);
  });
});
