import { Migrator, type Kysely, type Migration } from 'kysely';

/**
 * Schema changes, applied in name order on start (Kysely's Migrator takes a lock, so two
 * processes starting together migrate once). Never edit a released migration: add one.
 * Column types are the ones both engines read the same way.
 */
const migrations: Record<string, Migration> = {
  '2026-12-01-001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bot_state')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('touched_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('bot_state_kind_touched').on('bot_state').columns(['kind', 'touched_at']).execute();
      await db.schema
        .createTable('room_settings')
        .addColumn('room', 'text', (c) => c.primaryKey())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('turn_events')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('conversation', 'text', (c) => c.notNull())
        .addColumn('intent', 'text')
        .addColumn('confidence', 'real')
        .addColumn('scam_type', 'text')
        .addColumn('risk', 'text')
        .addColumn('urgent', 'integer', (c) => c.notNull())
        .addColumn('responses', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('turn_events_at').on('turn_events').column('at').execute();
      await db.schema
        .createTable('number_reports')
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('reporter', 'text', (c) => c.notNull())
        .addColumn('reported_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('number_reports_pk', ['number', 'reporter'])
        .execute();
    },
  },
  '2026-12-01-002-stats': {
    async up(db: Kysely<unknown>) {
      // Which group a turn was in (an HMAC; null in 1:1 chats), for "groups active".
      await db.schema.alterTable('turn_events').addColumn('room', 'text').execute();
      // Messages the bot did not understand, redacted, counted: candidates for new examples.
      await db.schema
        .createTable('unrecognised')
        .addColumn('text', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('last_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};

export async function migrate<DB>(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`storage: migration${failed ? ` ${failed}` : ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
