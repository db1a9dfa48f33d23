import type { Timers } from '../../src/pipeline/story-batcher.js';

/** Timers a test fires by hand: a story window closes when the test says so, not after a sleep. */
export function manualTimers(): Timers & { pending: () => number; fireAll: () => void } {
  const due = new Map<number, () => void>();
  let seq = 0;
  return {
    set: (fn) => {
      due.set(++seq, fn);
      return seq;
    },
    clear: (h) => void due.delete(h as number),
    pending: () => due.size,
    fireAll: () => {
      const fns = [...due.values()];
      due.clear();
      for (const fn of fns) fn();
    },
  };
}
