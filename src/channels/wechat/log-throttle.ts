import { boundedCache } from '../../util/bounded-cache.js';

/**
 * Collapses a repeating error into one line per window: a puppet that cannot reach WeChat
 * reports the same failure several times a second, which would drown every other log line.
 */
export class RepeatThrottle {
  // Keys are error messages, which a failing puppet can make long: bounded in bytes too.
  private readonly seen = boundedCache<string, { at: number; suppressed: number }>({ maxItems: 1_000, maxBytes: 1024 * 1024 });

  constructor(
    private readonly now: () => number,
    private readonly windowMs = 60_000,
  ) {}

  /**
   * Whether to log `key` now; `repeated` is how many were held back since it was last logged.
   */
  check(key: string): { log: boolean; repeated: number } {
    const t = this.now();
    const s = this.seen.get(key);
    if (s && t - s.at < this.windowMs) {
      s.suppressed += 1;
      return { log: false, repeated: 0 };
    }
    this.seen.set(key, { at: t, suppressed: 0 });
    return { log: true, repeated: s?.suppressed ?? 0 };
  }
}
