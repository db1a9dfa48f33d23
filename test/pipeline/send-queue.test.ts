import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SendQueue } from '../../src/pipeline/send-queue.js';
import { silentLogger } from '../../src/util/log.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A send queue on fake time; `sent` records when each text left. */
function queue(o: { intervalMs?: number; jitterMs?: number; groupPerMinute?: number; timeoutMs?: number } = {}) {
  const sent: { text: string; at: number }[] = [];
  const q = new SendQueue({
    intervalMs: o.intervalMs ?? 1_000,
    jitterMs: o.jitterMs ?? 0,
    timeoutMs: o.timeoutMs ?? 10_000,
    retryDelaysMs: [2_000],
    groupPerMinute: o.groupPerMinute ?? 100,
    log: silentLogger,
    random: () => 1,
  });
  const send = (text: string) => async () => void sent.push({ text, at: Date.now() });
  return { q, sent, send };
}

describe('SendQueue', () => {
  it('sends at most one message per interval for the whole account, plus jitter', async () => {
    const { q, sent, send } = queue({ intervalMs: 1_000, jitterMs: 500 });
    const t0 = Date.now();
    const a = q.enqueue({ chat: 'a', group: false, label: 'a' }, [send('a1'), send('a2')]);
    const b = q.enqueue({ chat: 'b', group: false, label: 'b' }, [send('b1')]);
    await vi.runAllTimersAsync();
    expect(await a).toEqual([true, true]);
    expect(await b).toEqual([true]);
    const gaps = sent.slice(1).map((s, i) => s.at - sent[i]!.at);
    expect(sent[0]!.at).toBe(t0);
    for (const g of gaps) expect(g).toBe(1_500);
    // Order within a chat holds.
    expect(sent.map((s) => s.text).filter((t) => t.startsWith('a'))).toEqual(['a1', 'a2']);
  });

  it('gives a hung send up after the timeout, tries once more, then drops it and goes on', async () => {
    const { q, sent, send } = queue({ intervalMs: 0, timeoutMs: 5_000 });
    const hung = vi.fn(() => new Promise<void>(() => {}));
    const first = q.enqueue({ chat: 'a', group: false, label: 'a' }, [hung]);
    const next = q.enqueue({ chat: 'a', group: false, label: 'a' }, [send('after')]);
    await vi.advanceTimersByTimeAsync(5_000 + 2_000 + 5_000);
    expect(await first).toEqual([false]);
    expect(hung).toHaveBeenCalledTimes(2);
    expect(await next).toEqual([true]);
    expect(sent.map((s) => s.text)).toEqual(['after']);
  });

  it('a hung send in one chat does not hold other chats', async () => {
    const { q, sent, send } = queue({ intervalMs: 0, timeoutMs: 60_000 });
    void q.enqueue({ chat: 'a', group: false, label: 'a' }, [() => new Promise<void>(() => {})]);
    const other = q.enqueue({ chat: 'b', group: false, label: 'b' }, [send('b1')]);
    await vi.advanceTimersByTimeAsync(10);
    expect(await other).toEqual([true]);
    expect(sent.map((s) => s.text)).toEqual(['b1']);
  });

  it('caps the posts of one group per minute: the rest wait, none is lost', async () => {
    const { q, sent, send } = queue({ intervalMs: 0, groupPerMinute: 2 });
    const t0 = Date.now();
    const done = q.enqueue({ chat: 'g', group: true, label: 'g' }, [send('1'), send('2'), send('3')]);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await done).toEqual([true, true, true]);
    expect(sent[2]!.at - t0).toBe(30_000);
  });
});
