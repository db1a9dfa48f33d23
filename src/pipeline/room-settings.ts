import type { Kysely } from 'kysely';
import type { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Lang } from '../content/ids.js';
import type { Schema } from '../storage/database.js';
import type { IdHasher } from '../storage/id-hash.js';
import type { StorageHealth } from '../storage/resilient-storage.js';
import { boundedCache } from '../util/bounded-cache.js';

export type GroupMode = 'guard' | 'mention' | 'off';

/** What a group's admins chose for the bot in their group. */
export interface RoomSettings {
  mode: GroupMode;
  /** Reply language forced for the group, or null to follow each writer. */
  lang: Lang | null;
  cooldownSeconds: number;
  /** When the bot last spoke unasked (guard mode), ms since epoch. */
  lastGuardAt: number;
  /** When the bot introduced itself on joining the group: it does so once. */
  introducedAt?: number;
}

/** A stored row is parsed, not trusted: a row from an older version keeps what still fits. */
const stored = z
  .object({
    mode: z.enum(['guard', 'mention', 'off']),
    lang: z.enum(['zh', 'en']).nullable(),
    cooldownSeconds: z.number().int().min(0),
    lastGuardAt: z.number(),
    introducedAt: z.number(),
  })
  .partial();

export interface RoomSettingsOptions {
  defaults: Omit<RoomSettings, 'lastGuardAt'>;
  health: StorageHealth;
  hash: IdHasher;
  now?: () => number;
  /** How long a cached row is trusted: another process may have changed it. */
  cacheMs?: number;
}

/**
 * Per-group settings in their own table (they outlive any conversation), behind a bounded cache.
 * While storage is down, the last known settings (or the defaults) keep the group's rules.
 */
export class RoomSettingsStore {
  private readonly cache: LRUCache<string, RoomSettings>;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly o: RoomSettingsOptions,
  ) {
    this.cache = boundedCache({ maxItems: 10_000, maxBytes: 8 * 1024 * 1024, ttlMs: o.cacheMs ?? 30_000, allowStale: true });
  }

  async get(room: string): Promise<RoomSettings> {
    const key = this.o.hash(room);
    const fresh = this.cache.get(key, { allowStale: false });
    if (fresh) return fresh;
    const fallback = this.cache.get(key) ?? { ...this.o.defaults, lastGuardAt: 0 };
    const row = await this.o.health.guard<{ doc: string } | undefined | 'down'>(() => this.db.selectFrom('room_settings').select('doc').where('room', '=', key).executeTakeFirst(), 'down' as const);
    if (row === 'down') return fallback;
    const parsed = row ? stored.safeParse(JSON.parse(row.doc)) : null;
    const s: RoomSettings = { ...this.o.defaults, lastGuardAt: 0, ...(parsed?.success ? parsed.data : {}) };
    this.cache.set(key, s);
    return s;
  }

  async set(room: string, s: RoomSettings): Promise<void> {
    const key = this.o.hash(room);
    this.cache.set(key, s);
    const doc = JSON.stringify(s);
    const at = (this.o.now ?? Date.now)();
    await this.o.health.guard(
      () => this.db.insertInto('room_settings').values({ room: key, doc, updated_at: at }).onConflict((oc) => oc.column('room').doUpdateSet({ doc, updated_at: at })).execute(),
      undefined,
    );
  }
}
