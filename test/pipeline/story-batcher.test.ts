import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/pipeline/message.js';
import { StoryBatcher } from '../../src/pipeline/story-batcher.js';
import { manualTimers } from '../helpers/manual-timers.js';

const text = (t: string, user = 'a'): IncomingMessage => ({ user, text: t, type: 'text' });

/** A batcher whose turns are recorded and finish when the test lets them. */
function batcher(windowMs = 2_000, closesNow?: (m: IncomingMessage) => boolean) {
  const timers = manualTimers();
  const turns: string[] = [];
  const release: (() => void)[] = [];
  let hold = false;
  const b = new StoryBatcher<string>({
    windowMs,
    timers,
    ...(closesNow ? { closesNow } : {}),
    combine: (parts) => ({ ...parts[parts.length - 1]!, text: parts.map((p) => p.text).join('\n') }),
    run: async (m) => {
      turns.push(`${m.type}:${m.text}`);
      if (hold) await new Promise<void>((r) => release.push(r));
      return `answer to ${m.text}`;
    },
  });
  return { b, timers, turns, holdTurns: (on: boolean) => (hold = on), release: () => release.splice(0).forEach((r) => r()) };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('StoryBatcher', () => {
  it('judges a story sent in five messages as one turn, in order, and answers it once', async () => {
    const { b, timers, turns } = batcher();
    const parts = ['刚才有人打电话', '说是公安局的', '说我涉嫌洗钱', '要我把钱转到安全账户', '还不让告诉家人'];
    const answers = Promise.all(parts.map((p) => b.submit(text(p))));
    await settle();
    expect(turns).toEqual([]);
    timers.fireAll();
    const got = await answers;
    expect(turns).toEqual([`text:${parts.join('\n')}`]);
    expect(got.map((g) => [g.part, g.of])).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    expect(new Set(got.map((g) => g.result)).size).toBe(1);
  });

  it('keeps people apart', async () => {
    const { b, timers, turns } = batcher();
    const both = Promise.all([b.submit(text('甲1', 'a')), b.submit(text('乙1', 'b')), b.submit(text('甲2', 'a'))]);
    timers.fireAll();
    await both;
    expect(turns.sort()).toEqual(['text:乙1', 'text:甲1\n甲2']);
  });

  it('a message arriving while a turn runs starts the next batch; nothing is lost', async () => {
    const { b, timers, turns, holdTurns, release } = batcher();
    holdTurns(true);
    const first = b.submit(text('一'));
    timers.fireAll();
    await settle();
    expect(turns).toEqual(['text:一']);
    const later = [b.submit(text('二')), b.submit(text('三'))];
    timers.fireAll();
    await settle();
    // The window closed while the first turn ran: the next batch waits for it to finish.
    expect(turns).toEqual(['text:一']);
    holdTurns(false);
    release();
    await first;
    await Promise.all(later);
    expect(turns).toEqual(['text:一', 'text:二\n三']);
    expect(b.busy).toBe(0);
  });

  it('a picture closes the texts before it and is a turn of its own, in order', async () => {
    const { b, timers, turns } = batcher();
    const all = Promise.all([b.submit(text('看这个')), b.submit({ user: 'a', text: '', type: 'image' }), b.submit(text('是真的吗'))]);
    await settle();
    expect(turns).toEqual(['text:看这个', 'image:']);
    timers.fireAll();
    await all;
    expect(turns).toEqual(['text:看这个', 'image:', 'text:是真的吗']);
  });

  it('answers at once a message that cannot wait, with what came before it', async () => {
    const { b, turns } = batcher(2_000, (m) => m.text.includes('转了'));
    const all = Promise.all([b.submit(text('骗子说是公安')), b.submit(text('我已经转了3万'))]);
    await all;
    expect(turns).toEqual(['text:骗子说是公安\n我已经转了3万']);
  });

  it('without a window answers every message alone, even those that waited for a running turn', async () => {
    const { b, turns } = batcher(0);
    await Promise.all(['一', '二', '三'].map((t) => b.submit(text(t))));
    expect(turns).toEqual(['text:一', 'text:二', 'text:三']);
  });

  it('a failing turn fails the messages of its batch only', async () => {
    const timers = manualTimers();
    let n = 0;
    const b = new StoryBatcher<string>({
      windowMs: 0,
      timers,
      combine: (p) => p[0]!,
      run: async () => {
        if (++n === 1) throw new Error('boom');
        return 'ok';
      },
    });
    await expect(b.submit(text('一'))).rejects.toThrow('boom');
    expect((await b.submit(text('二'))).result).toBe('ok');
  });
});
