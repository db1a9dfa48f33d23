import { describe, expect, it } from 'vitest';
import { RateLimiter, TokenBuckets } from '../../src/pipeline/rate-limit.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('TokenBuckets', () => {
  it('starts full, drains by one per take, refills continuously up to capacity', () => {
    const b = new TokenBuckets(6, 60_000);
    expect(b.level('a', 0)).toBe(6);
    for (let i = 0; i < 6; i++) b.take('a', 0);
    expect(b.level('a', 0)).toBe(0);
    expect(b.level('a', 10_000)).toBeCloseTo(1);
    expect(b.level('a', 10 * 60_000)).toBe(6);
    expect(b.level('other', 0)).toBe(6);
  });

  it('does not mint or lose tokens when the clock steps back', () => {
    const b = new TokenBuckets(2, 60_000);
    b.take('a', 50_000);
    expect(b.level('a', 10_000)).toBe(1);
  });

  it('forgets refilled buckets on prune', () => {
    const b = new TokenBuckets(2, 60_000);
    b.take('a', 0);
    b.take('b', 59_000);
    b.prune(60_000);
    expect(b.size).toBe(1);
  });
});

describe('RateLimiter', () => {
  it('lets a burst up to the per-minute limit through, then a trickle', () => {
    const c = clock();
    const rl = new RateLimiter({ perUserPerMinute: 3, perRoomPerMinute: 100, now: c.now });
    const answered: number[] = [];
    // A flood: 60 messages, one per second, for a minute.
    for (let i = 0; i < 60; i++) {
      if (rl.admit({ user: 'a' }).ok) {
        rl.spend({ user: 'a' });
        answered.push(i);
      }
      c.advance(1_000);
    }
    // 3 at once, then one every 20 s.
    expect(answered.slice(0, 3)).toEqual([0, 1, 2]);
    expect(answered).toHaveLength(5);
    expect(answered[3]).toBe(20);
    expect(answered[4]).toBe(40);
  });

  it('asks to slow down at most once per window per person', () => {
    const c = clock();
    const rl = new RateLimiter({ perUserPerMinute: 1, perRoomPerMinute: 100, now: c.now });
    rl.spend({ user: 'a' });
    const warnings = [];
    for (let i = 0; i < 30; i++) {
      const a = rl.admit({ user: 'a' });
      if (!a.ok && a.warn) warnings.push(i);
      c.advance(1_000);
    }
    expect(warnings).toEqual([0]);
    c.advance(60_000);
    rl.spend({ user: 'a' });
    const again = rl.admit({ user: 'a' });
    expect(again).toEqual({ ok: false, scope: 'user', warn: true });
  });

  it('limits a group as a whole, whoever writes', () => {
    const c = clock();
    const rl = new RateLimiter({ perUserPerMinute: 100, perRoomPerMinute: 2, now: c.now });
    for (const user of ['a', 'b']) {
      expect(rl.admit({ user, room: 'g' }).ok).toBe(true);
      rl.spend({ user, room: 'g' });
    }
    expect(rl.admit({ user: 'c', room: 'g' })).toEqual({ ok: false, scope: 'room', warn: true });
    expect(rl.admit({ user: 'c', room: 'g' })).toEqual({ ok: false, scope: 'room', warn: false });
    // The same people are still free in a private chat and in other groups.
    expect(rl.admit({ user: 'a' }).ok).toBe(true);
    expect(rl.admit({ user: 'a', room: 'h' }).ok).toBe(true);
  });

  it('counts a person across chats', () => {
    const c = clock();
    const rl = new RateLimiter({ perUserPerMinute: 2, perRoomPerMinute: 100, now: c.now });
    rl.spend({ user: 'a', room: 'g' });
    rl.spend({ user: 'a' });
    expect(rl.admit({ user: 'a', room: 'h' })).toMatchObject({ ok: false, scope: 'user' });
  });

  it('admitting spends nothing: silent turns do not use the allowance', () => {
    const c = clock();
    const rl = new RateLimiter({ perUserPerMinute: 1, perRoomPerMinute: 1, now: c.now });
    for (let i = 0; i < 100; i++) expect(rl.admit({ user: 'a', room: 'g' }).ok).toBe(true);
  });

  it('keeps its memory bounded', () => {
    const c = clock();
    const rl = new RateLimiter({ perUserPerMinute: 5, perRoomPerMinute: 5, now: c.now, maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) {
      rl.admit({ user: `u${i}` });
      rl.spend({ user: `u${i}` });
      c.advance(1_000);
    }
    expect(rl.size).toBeLessThanOrEqual(101);
  });
});
