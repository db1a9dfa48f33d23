import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_GENERATIONS, writeCacheBytes } from '../../src/util/cache-file.js';

describe('model cache files', () => {
  it('keeps the last few generations, so undoing an edit or switching back does not retrain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-cache-'));
    writeFileSync(join(dir, 'nlu-classifiers-a.bin'), 'other prefix');
    const names = ['nlu-deeds-1.bin', 'nlu-deeds-2.bin', 'nlu-deeds-3.bin', 'nlu-deeds-4.bin'];
    names.forEach((n, i) => {
      expect(writeCacheBytes(join(dir, n), 'nlu-deeds-', `generation ${i}`)).toBeUndefined();
      // Distinct, increasing write times without waiting on the clock.
      utimesSync(join(dir, n), 1_000 + i, 1_000 + i);
    });
    const left = readdirSync(dir).sort();
    expect(left.filter((f) => f.startsWith('nlu-deeds-'))).toEqual(names.slice(-CACHE_GENERATIONS));
    expect(left).toContain('nlu-classifiers-a.bin');
  });
});
