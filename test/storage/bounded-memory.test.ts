import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory.js';

describe('BoundedMemoryStorage', () => {
  it('forgets the least recently used items beyond its size', async () => {
    const s = new BoundedMemoryStorage(2);
    await s.write({ a: { v: 1 }, b: { v: 2 } });
    await s.read(['a']); // a is now more recent than b
    await s.write({ c: { v: 3 } });
    expect(Object.keys(await s.read(['a', 'b', 'c'])).sort()).toEqual(['a', 'c']);
    expect(s.size).toBe(2);
  });

  it('returns copies, and refuses a stale eTag like MemoryStorage', async () => {
    const s = new BoundedMemoryStorage(10);
    await s.write({ k: { v: 1 } });
    const first = (await s.read(['k'])).k as { v: number; eTag: string };
    first.v = 99;
    expect(((await s.read(['k'])).k as { v: number }).v).toBe(1);
    await s.write({ k: { v: 2, eTag: first.eTag } });
    await expect(s.write({ k: { v: 3, eTag: first.eTag } })).rejects.toThrow(/eTag conflict/);
    await s.write({ k: { v: 4, eTag: '*' } });
    expect(((await s.read(['k'])).k as { v: number }).v).toBe(4);
  });
});
