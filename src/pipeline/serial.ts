/**
 * Per-key serial execution, retries and timeouts: turns of one chat run one after the other
 * (dialog state is read and written per turn) and their replies leave in order, while different
 * chats proceed independently.
 */

export class KeyedSerial {
  private readonly tails = new Map<string, { tail: Promise<void>; depth: number }>();

  /** Runs `task` after every task queued earlier under `key`. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const entry = this.tails.get(key);
    const prev = entry?.tail ?? Promise.resolve();
    const result = prev.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    const next = { tail, depth: (entry?.depth ?? 0) + 1 };
    this.tails.set(key, next);
    void tail.then(() => {
      const now = this.tails.get(key);
      if (!now) return;
      now.depth -= 1;
      if (now.tail === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Tasks queued or running under `key`. */
  depth(key: string): number {
    return this.tails.get(key)?.depth ?? 0;
  }

  /** Keys with work queued or running. */
  get busy(): number {
    return this.tails.size;
  }
}

export interface RetryOptions {
  /** Waits before the 2nd, 3rd, … attempt; attempts = delays + 1. */
  delaysMs: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  onFailure?: (error: unknown, attempt: number, willRetry: boolean) => void;
}

export type RetryResult<T> = { ok: true; value: T; attempts: number } | { ok: false; error: unknown; attempts: number };

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` until it succeeds or the delays run out; never throws. */
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<RetryResult<T>> {
  const wait = opts.sleep ?? sleep;
  const attempts = opts.delaysMs.length + 1;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return { ok: true, value: await fn(), attempts: attempt };
    } catch (e) {
      lastError = e;
      const willRetry = attempt < attempts;
      opts.onFailure?.(e, attempt, willRetry);
      if (willRetry) await wait(opts.delaysMs[attempt - 1]!);
    }
  }
  return { ok: false, error: lastError, attempts };
}

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Settles with `work`, or rejects with TimeoutError after `ms`: a send the platform never
 * answers must not hold its chat forever. The abandoned work's own failure is swallowed.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  work.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
