import type { Storage, StoreItems } from 'botbuilder-core';
import type { Kysely } from 'kysely';
import type { Schema } from './database.js';
import type { IdHasher } from './id-hash.js';

/** Another writer changed the item since it was read: reload and redo the turn. */
export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super('Storage: eTag conflict (the item changed since it was read)');
    this.name = 'StateConflictError';
  }
}

export type StateKind = 'conversation' | 'user' | 'other';

/** botbuilder's keys: "{channel}/conversations/{id}/" and "{channel}/users/{id}/". */
export function kindOf(key: string): StateKind {
  return key.includes('/conversations/') ? 'conversation' : key.includes('/users/') ? 'user' : 'other';
}

type Item = { eTag?: string } & Record<string, unknown>;

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * botbuilder Storage over SQL, with optimistic concurrency:
 * - eTag "*": write whatever is there (last writer wins);
 * - an eTag read earlier: write only if nobody wrote since, else StateConflictError;
 * - no eTag: the item must be new (botbuilder's state objects carry no eTag until they were
 *   stored once), so two processes creating one conversation cannot both win.
 * Keys are stored as HMACs: the table holds no WeChat id.
 */
export class SqlStorage implements Storage {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly hash: IdHasher,
    private readonly now: () => number = Date.now,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const byHash = new Map(keys.map((k) => [this.hash(k), k]));
    const rows = await this.db.selectFrom('bot_state').select(['key', 'doc', 'version']).where('key', 'in', [...byHash.keys()]).execute();
    const out: StoreItems = {};
    for (const row of rows) {
      const key = byHash.get(row.key);
      if (key === undefined) continue;
      out[key] = { ...(JSON.parse(row.doc) as Record<string, unknown>), eTag: String(row.version) };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes) as [string, Item][];
    if (entries.length === 0) return;
    try {
      // One item (botbuilder saves each state on its own): a single statement, no transaction.
      if (entries.length === 1) await this.writeOne(this.db, ...entries[0]!);
      else
        await this.db.transaction().execute(async (tx) => {
          for (const [key, item] of entries) await this.writeOne(tx, key, item);
        });
    } catch (e) {
      // SQLite in WAL mode: another process committed since this write's snapshot. That is a
      // concurrent update like any other: the turn is redone on fresh state.
      if (isBusy(e)) throw new StateConflictError(entries[0]![0]);
      throw e;
    }
  }

  private async writeOne(tx: Kysely<Schema>, key: string, item: Item): Promise<void> {
    const { eTag, ...rest } = item;
    const row = { key: this.hash(key), kind: kindOf(key), doc: JSON.stringify(rest), touched_at: this.now() };
    if (eTag === '*') {
      await tx
        .insertInto('bot_state')
        .values({ ...row, version: 1 })
        .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ doc: row.doc, touched_at: row.touched_at, version: eb('bot_state.version', '+', 1) })))
        .execute();
      return;
    }
    if (eTag === undefined) {
      const r = await tx.insertInto('bot_state').values({ ...row, version: 1 }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw new StateConflictError(key);
      return;
    }
    const version = Number(eTag);
    if (!Number.isInteger(version)) throw new StateConflictError(key);
    const r = await tx
      .updateTable('bot_state')
      .set({ doc: row.doc, touched_at: row.touched_at, version: version + 1 })
      .where('key', '=', row.key)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new StateConflictError(key);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.deleteFrom('bot_state').where('key', 'in', keys.map(this.hash)).execute();
  }
}
