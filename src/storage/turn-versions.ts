import { AsyncLocalStorage } from 'node:async_hooks';
import type { Storage, StoreItems } from 'botbuilder-core';

/** Per turn: the eTag of every item the turn read (null: it was absent). */
const scope = new AsyncLocalStorage<Map<string, string | null>>();

/** Runs one turn with its own record of what it read. */
export function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  return scope.run(new Map(), fn);
}

/**
 * Gives botbuilder state optimistic concurrency. BotState.saveChanges always writes with eTag
 * "*" (last writer wins), so two processes answering one conversation would silently drop one
 * update. Inside a turn, this wrapper writes each item back with the eTag the same turn read
 * (or as new, if it read nothing), so the storage refuses a write over a change made meanwhile
 * and the turn is redone on fresh state.
 */
export class TurnVersionedStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    const seen = scope.getStore();
    if (seen) for (const k of keys) seen.set(k, (items[k] as { eTag?: string } | undefined)?.eTag ?? null);
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const seen = scope.getStore();
    if (!seen) return this.inner.write(changes);
    const out: StoreItems = {};
    for (const [key, item] of Object.entries(changes) as [string, Record<string, unknown>][]) {
      const read = seen.get(key);
      if (read === undefined || item.eTag !== '*') out[key] = item;
      else if (read === null) {
        const { eTag: _any, ...rest } = item;
        out[key] = rest;
      } else out[key] = { ...item, eTag: read };
    }
    await this.inner.write(out);
    // A second save in the same turn builds on this one, not on the first read.
    for (const key of Object.keys(out)) seen.delete(key);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
