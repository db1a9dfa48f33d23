import type { Storage, StoreItems } from 'botbuilder-core';

/**
 * In-memory Storage that forgets the least recently used items beyond `maxItems`, so a bot that
 * runs for months does not grow without bound (botbuilder's MemoryStorage never forgets). Same
 * eTag rules as MemoryStorage: "*" or no eTag overwrites, a stale eTag is a conflict.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  private etag = 1;

  constructor(private readonly maxItems: number) {}

  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const json = this.items.get(key);
      if (json === undefined) continue;
      this.touch(key, json);
      out[key] = JSON.parse(json) as unknown;
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes) as [string, { eTag?: string } & Record<string, unknown>][]) {
      const old = this.items.get(key);
      if (old !== undefined && item.eTag && item.eTag !== '*' && (JSON.parse(old) as { eTag?: string }).eTag !== item.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      this.touch(key, JSON.stringify({ ...item, eTag: String(this.etag++) }));
    }
    while (this.items.size > this.maxItems) {
      const oldest = this.items.keys().next().value as string;
      this.items.delete(oldest);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** Moves a key to the most recently used end (a Map keeps insertion order). */
  private touch(key: string, json: string): void {
    this.items.delete(key);
    this.items.set(key, json);
  }
}
