import type { Logger } from '../../util/log.js';
import { realTimers, type Timers } from '../../pipeline/story-batcher.js';

export interface KeepAliveOptions {
  /** Waits before the 1st, 2nd, … restart; the last repeats. */
  delaysMs: readonly number[];
  /** Logged in, or a login QR code is waiting to be scanned: nothing to restart. */
  healthy: () => boolean;
  restart: () => Promise<void>;
  log: Logger;
  /** This many puppet errors within `errorWindowMs` restart it even while it says it is logged in. */
  errorsBeforeRestart?: number;
  errorWindowMs?: number;
  now?: () => number;
  timers?: Timers;
}

/**
 * Staying up: after a puppet error, reset or logout the puppet gets a moment to recover by
 * itself; if it has not (not logged in and no QR code waiting, or errors keep coming) it is
 * restarted, with a growing wait between tries, until a login ends the trouble.
 */
export class KeepAlive {
  private timer: unknown;
  private attempt = 0;
  private errors: number[] = [];
  private stopped = false;
  private readonly now: () => number;
  private readonly timers: Timers;

  constructor(private readonly o: KeepAliveOptions) {
    this.now = o.now ?? Date.now;
    this.timers = o.timers ?? realTimers;
  }

  /** Restarts done since the last login. */
  get restarts(): number {
    return this.attempt;
  }

  error(): void {
    const t = this.now();
    this.errors = [...this.errors.filter((at) => t - at < (this.o.errorWindowMs ?? 60_000)), t];
    this.trouble();
  }

  /** The puppet reset its connection or logged out: check on it after the current wait. */
  trouble(): void {
    if (this.stopped || this.timer !== undefined) return;
    this.schedule();
  }

  /** Logged in: the trouble is over and the next one starts the waits afresh. */
  recovered(): void {
    this.attempt = 0;
    this.errors = [];
    this.timers.clear(this.timer);
    this.timer = undefined;
  }

  stop(): void {
    this.stopped = true;
    this.timers.clear(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    const d = this.o.delaysMs;
    this.timer = this.timers.set(() => void this.check(), d[Math.min(this.attempt, d.length - 1)] ?? 1_000);
  }

  private async check(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    const t = this.now();
    const recent = this.errors.filter((at) => t - at < (this.o.errorWindowMs ?? 60_000)).length;
    if (this.o.healthy() && recent < (this.o.errorsBeforeRestart ?? 3)) return;
    this.attempt += 1;
    this.errors = [];
    this.o.log.warn({ attempt: this.attempt }, 'WeChat: restarting the puppet');
    try {
      await this.o.restart();
    } catch (e) {
      this.o.log.error({ err: e, attempt: this.attempt }, 'WeChat: puppet restart failed');
    }
    // Checked again after the next wait: a restart that did not bring a login (or a QR code) is retried.
    if (!this.stopped && this.timer === undefined) this.schedule();
  }
}
