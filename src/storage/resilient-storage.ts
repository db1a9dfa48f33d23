import type { Storage, StoreItems } from 'botbuilder-core';
import type { Logger } from '../util/log.js';
import { StateConflictError } from './sql-storage.js';

/**
 * Whether storage answers, shared by everything that uses it. A fault is logged once when it
 * starts and once when it ends; while storage is down it is tried again at most every
 * `retryMs`, so a dead database costs a turn nothing but the first timeout.
 */
export class StorageHealth {
  private downSince: number | null = null;
  private nextTry = 0;

  constructor(
    private readonly log: Logger,
    private readonly retryMs = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  get up(): boolean {
    return this.downSince === null;
  }

  /** False while down and not yet time to try again. */
  shouldTry(): boolean {
    return this.downSince === null || this.now() >= this.nextTry;
  }

  failed(e: unknown): void {
    this.nextTry = this.now() + this.retryMs;
    if (this.downSince !== null) return;
    this.downSince = this.now();
    this.log.error({ err: e }, 'storage unreachable: answering without memory until it is back');
  }

  succeeded(): void {
    if (this.downSince === null) return;
    this.log.warn({ downForMs: this.now() - this.downSince }, 'storage is back');
    this.downSince = null;
  }

  /** Runs `op`; a fault (not a conflict, which is the caller's to handle) gives `fallback`. */
  async guard<T>(op: () => Promise<T>, fallback: T): Promise<T> {
    if (!this.shouldTry()) return fallback;
    try {
      const r = await op();
      this.succeeded();
      return r;
    } catch (e) {
      if (e instanceof StateConflictError) throw e;
      this.failed(e);
      return fallback;
    }
  }
}

/** The eTag of state handed out while storage is down: writing it back is a no-op. */
export const UNSTORED = 'unstored';

/**
 * Storage that keeps the bot answering when the database is down: reads give every key a fresh,
 * empty item marked UNSTORED (so the turn runs on this message alone), writes of such items are
 * dropped (they must never overwrite what the database still holds), and other writes that fail
 * are dropped after the fault is logged.
 */
export class ResilientStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    readonly health: StorageHealth,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.health.guard<StoreItems | null>(() => this.inner.read(keys), null);
    return items ?? Object.fromEntries(keys.map((k) => [k, { eTag: UNSTORED }]));
  }

  async write(changes: StoreItems): Promise<void> {
    const kept = Object.entries(changes).filter(([, item]) => (item as { eTag?: string }).eTag !== UNSTORED);
    if (kept.length === 0) return;
    await this.health.guard(() => this.inner.write(Object.fromEntries(kept)), undefined);
  }

  async delete(keys: string[]): Promise<void> {
    await this.health.guard(() => this.inner.delete(keys), undefined);
  }
}
