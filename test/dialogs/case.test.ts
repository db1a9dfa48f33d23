import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeCase } from '../../src/dialogs/case.js';
import { hasKeys, readCache } from '../../src/util/cache-file.js';

describe('stored state across an upgrade', () => {
  it('a case stored before deeds existed keeps what was given and its open emergency', () => {
    const c = upgradeCase({ lang: 'zh', startedAt: 1, flags: ['money.safe_account'], given: ['money_sent', 'code_given'], urgentShown: ['money_sent'] });
    expect(c?.deeds).toEqual({ money: 'done', code: 'done' });
    expect(c?.emergency).toEqual({ deeds: ['money', 'code'], family: false, handled: false });
    expect(c?.flags).toEqual(['money.safe_account']);
    expect(c?.maybeGone).toEqual([]);
  });

  it('what is not a case is no case', () => {
    expect(upgradeCase({ hello: 'world' })).toBeUndefined();
    expect(upgradeCase('zh')).toBeUndefined();
  });
});

describe('caches', () => {
  it('a cache file of the wrong shape is not trusted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-cache-'));
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ labels: [] }));
    expect(readCache(file, (x): x is { hash: string } => hasKeys(x, ['hash']))).toBeUndefined();
    writeFileSync(file, '{"hash": "ab');
    expect(readCache(file, (x): x is { hash: string } => hasKeys(x, ['hash']))).toBeUndefined();
    writeFileSync(file, JSON.stringify({ hash: 'ab' }));
    expect(readCache(file, (x): x is { hash: string } => hasKeys(x, ['hash']))).toEqual({ hash: 'ab' });
  });
});
