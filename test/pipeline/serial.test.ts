import { describe, expect, it } from 'vitest';
import { KeyedSerial, withRetry } from '../../src/pipeline/serial.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedSerial', () => {
  it('runs tasks of one key in order, one at a time, and other keys alongside', async () => {
    const q = new KeyedSerial();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = Promise.all([q.run('a', task('a1', 20)), q.run('a', task('a2', 1)), q.run('b', task('b1', 5))]);
    expect(q.depth('a')).toBe(2);
    expect(q.busy).toBe(2);
    expect(await results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    await tick(0);
    expect(q.busy).toBe(0);
    expect(q.depth('a')).toBe(0);
  });

  it('keeps going after a failed task', async () => {
    const q = new KeyedSerial();
    const failed = q.run('a', () => Promise.reject(new Error('boom')));
    const next = q.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});

describe('withRetry', () => {
  it('retries with the given waits and reports each failure', async () => {
    const waits: number[] = [];
    const failures: [number, boolean][] = [];
    let calls = 0;
    const r = await withRetry(
      async () => {
        if (++calls < 3) throw new Error('network');
        return 'sent';
      },
      { delaysMs: [100, 400], sleep: async (ms) => void waits.push(ms), onFailure: (_e, n, again) => failures.push([n, again]) },
    );
    expect(r).toEqual({ ok: true, value: 'sent', attempts: 3 });
    expect(waits).toEqual([100, 400]);
    expect(failures).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('gives up without throwing', async () => {
    const r = await withRetry(() => Promise.reject(new Error('down')), { delaysMs: [1], sleep: async () => {} });
    expect(r.ok).toBe(false);
    expect(r.attempts).toBe(2);
    if (!r.ok) expect((r.error as Error).message).toBe('down');
  });
});
