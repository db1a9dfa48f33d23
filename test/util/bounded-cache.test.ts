import { describe, expect, it } from 'vitest';
import { RepeatThrottle } from '../../src/channels/wechat/log-throttle.js';
import { boundedCache } from '../../src/util/bounded-cache.js';

describe('bounded caches', () => {
  it('hold no more than their bytes, however few the entries', () => {
    const c = boundedCache<string, string>({ maxItems: 1_000, maxBytes: 100_000 });
    for (let i = 0; i < 50; i++) c.set(`k${i}`, 'x'.repeat(10_000));
    expect(c.calculatedSize).toBeLessThanOrEqual(100_000);
    expect(c.size).toBeLessThan(10);
    // The most recent entries are the ones kept.
    expect(c.has('k49')).toBe(true);
    expect(c.has('k0')).toBe(false);
  });

  it('hold no more than their entries, however small', () => {
    const c = boundedCache<number, number>({ maxItems: 100, maxBytes: 1_000_000 });
    for (let i = 0; i < 10_000; i++) c.set(i, i);
    expect(c.size).toBe(100);
  });

  it('do not keep an entry bigger than the whole cache', () => {
    const c = boundedCache<string, string>({ maxItems: 10, maxBytes: 1_000 });
    c.set('huge', 'x'.repeat(10_000));
    expect(c.has('huge')).toBe(false);
  });

  it('keep the WeChat error throttle small even when every error is a different long message', () => {
    let t = 0;
    const throttle = new RepeatThrottle(() => t++);
    for (let i = 0; i < 5_000; i++) expect(throttle.check(`${i} ${'e'.repeat(5_000)}`).log).toBe(true);
    const seen = (throttle as unknown as { seen: { calculatedSize: number; size: number } }).seen;
    expect(seen.calculatedSize).toBeLessThanOrEqual(1024 * 1024);
  });
});
