import type { Storage } from 'botbuilder-core';
import type { Kysely } from 'kysely';
import type { Logger } from '../util/log.js';
import { openDatabase, type Engine, type Schema } from './database.js';
import { sweepExpired, type ExpiryOptions } from './expiry.js';
import { idHasher, loadIdSecret, type IdHasher } from './id-hash.js';
import { NumberReports } from './number-reports.js';
import { ResilientStorage, StorageHealth } from './resilient-storage.js';
import { SqlStorage } from './sql-storage.js';
import { TurnEventLog } from './turn-events.js';
import { UnrecognisedLog } from './unrecognised.js';
import { TurnVersionedStorage } from './turn-versions.js';

export interface StoreOptions {
  engine: Engine;
  dataDir: string;
  url: string;
  idSecret: string;
  conversationIdleMs: number;
  log: Logger;
  now?: () => number;
  /** How often expired conversations are emptied; 0: never (tests sweep by hand). */
  sweepEveryMs?: number;
  /** While storage is down, how often it is tried again. */
  retryMs?: number;
}

/** Everything the bot keeps, on one database: state, group settings, events, number reports. */
export interface Store {
  engine: Engine;
  db: Kysely<Schema>;
  /** botbuilder Storage for conversation and user state (eTags; never fails a turn). */
  state: Storage;
  health: StorageHealth;
  hash: IdHasher;
  events: TurnEventLog;
  reports: NumberReports;
  unrecognised: UnrecognisedLog;
  expiry: ExpiryOptions;
  sweep(): Promise<void>;
  /** Flushes events and closes the database. */
  close(): Promise<void>;
}

const DAY = 86_400_000;

export async function openStore(o: StoreOptions): Promise<Store> {
  const database = await openDatabase({ engine: o.engine, dataDir: o.dataDir, url: o.url });
  const hash = idHasher(loadIdSecret(o.idSecret, o.engine === 'embedded' ? o.dataDir : null));
  const health = new StorageHealth(o.log, o.retryMs ?? 5000, o.now);
  const events = new TurnEventLog(database.db, health);
  const expiry: ExpiryOptions = { conversationIdleMs: o.conversationIdleMs, tombstoneMs: 30 * DAY, userIdleMs: 180 * DAY, ...(o.now ? { now: o.now } : {}) };
  const sweep = async (): Promise<void> => {
    const r = await health.guard(() => sweepExpired(database.db, expiry), null);
    if (r && r.emptied + r.forgotten > 0) o.log.info(r, 'storage: expired conversations emptied');
  };
  const every = o.sweepEveryMs ?? 3_600_000;
  const timer = every > 0 ? setInterval(() => void sweep(), every).unref() : null;
  if (every > 0) void sweep();
  return {
    engine: o.engine,
    db: database.db,
    state: new TurnVersionedStorage(new ResilientStorage(new SqlStorage(database.db, hash, o.now), health)),
    health,
    hash,
    events,
    reports: new NumberReports(database.db, health, o.now),
    unrecognised: new UnrecognisedLog(database.db, health, o.now),
    expiry,
    sweep,
    async close() {
      if (timer) clearInterval(timer);
      await events.flush();
      await database.close();
    },
  };
}
