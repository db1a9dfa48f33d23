import { LRUCache } from 'lru-cache';

export interface CacheBounds<K, V> {
  /** Most entries kept. */
  maxItems: number;
  /** Most bytes kept, by `bytesOf`: many small entries and a few huge ones are both bounded. */
  maxBytes: number;
  /** Estimated bytes of one entry; by default its key and value as UTF-16 text (JSON for objects). */
  bytesOf?: (value: V, key: K) => number;
  ttlMs?: number;
  allowStale?: boolean;
}

/** Bytes of a JavaScript value, roughly: UTF-16 text, objects by their JSON. */
export function approximateBytes(x: unknown): number {
  if (typeof x === 'string') return 2 * x.length;
  if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined) return 8;
  try {
    return 2 * (JSON.stringify(x)?.length ?? 0) + 16;
  } catch {
    return 1024;
  }
}

/**
 * Every in-process cache of the bot, bounded in entries and in bytes (lru-cache's max, maxSize
 * and sizeCalculation): the least recently used entries go first.
 */
export function boundedCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(b: CacheBounds<K, V>): LRUCache<K, V> {
  const bytesOf = b.bytesOf ?? ((v: V, k: K) => approximateBytes(k) + approximateBytes(v));
  return new LRUCache<K, V>({
    max: b.maxItems,
    maxSize: b.maxBytes,
    // lru-cache refuses a size below 1; an entry larger than the whole cache is simply not kept.
    sizeCalculation: (v, k) => Math.max(1, Math.ceil(bytesOf(v, k))),
    ...(b.ttlMs !== undefined ? { ttl: b.ttlMs, updateAgeOnGet: false } : {}),
    ...(b.allowStale !== undefined ? { allowStale: b.allowStale } : {}),
  });
}
