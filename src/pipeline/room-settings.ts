import type { Storage } from 'botbuilder-core';
import type { Lang } from '../content/ids.js';

export type GroupMode = 'guard' | 'mention' | 'off';

/** What a group's admins chose for the bot in their group. */
export interface RoomSettings {
  mode: GroupMode;
  /** Reply language forced for the group, or null to follow each writer. */
  lang: Lang | null;
  cooldownSeconds: number;
  /** When the bot last spoke unasked (guard mode), ms since epoch. */
  lastGuardAt: number;
}

/** Per-group settings over the bot's Storage, so they live wherever conversation state lives. */
export class RoomSettingsStore {
  private readonly cache = new Map<string, RoomSettings>();

  constructor(
    private readonly storage: Storage,
    private readonly defaults: Omit<RoomSettings, 'lastGuardAt'>,
  ) {}

  private key(room: string): string {
    return `callguard/room-settings/${room}`;
  }

  async get(room: string): Promise<RoomSettings> {
    const hit = this.cache.get(room);
    if (hit) return hit;
    const items = await this.storage.read([this.key(room)]);
    const stored = items[this.key(room)] as Partial<RoomSettings> | undefined;
    const s: RoomSettings = { ...this.defaults, lastGuardAt: 0, ...stripEtag(stored) };
    this.cache.set(room, s);
    return s;
  }

  async set(room: string, s: RoomSettings): Promise<void> {
    this.cache.set(room, s);
    await this.storage.write({ [this.key(room)]: { ...s, eTag: '*' } });
  }
}

function stripEtag(s: Partial<RoomSettings> & { eTag?: string } | undefined): Partial<RoomSettings> {
  if (!s) return {};
  const { eTag: _e, ...rest } = s;
  return rest;
}
