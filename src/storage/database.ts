import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import { leakFreeLibsql } from './libsql-adapter.js';
import { migrate } from './migrations.js';

/**
 * The tables, as Kysely sees them. Times are ms since the epoch; documents are JSON text, the
 * same on both engines so that one code path serves both.
 */
export interface Schema {
  /** botbuilder state (conversations, people): keyed by an HMAC of the SDK's key. */
  bot_state: { key: string; kind: string; doc: string; version: number; touched_at: number };
  /** A group's settings, keyed by an HMAC of the room id. */
  room_settings: { room: string; doc: string; updated_at: number };
  /** One row per turn, for operators: no text, ids only as HMACs. */
  turn_events: {
    at: number;
    channel: string;
    conversation: string;
    intent: string | null;
    confidence: number | null;
    scam_type: string | null;
    risk: string | null;
    urgent: number;
    responses: string;
    room: string | null;
  };
  /** A message the bot did not understand, redacted (no digits, links or handles), counted. */
  unrecognised: { text: string; count: number; last_at: number };
  /** A caller's number reported by one person (an HMAC): one row per (number, person). */
  number_reports: { number: string; reporter: string; reported_at: number };
}

export type Engine = 'embedded' | 'memory' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  engine: Engine;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  engine: Engine;
  /** Folder of the embedded database file (created on first start). */
  dataDir: string;
  /** postgres://user:password@host/db, for the postgres engine. */
  url: string;
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(o: DatabaseOptions): Promise<Database> {
  const dialect = o.engine === 'postgres' ? await postgresDialect(o.url) : await sqliteDialect(o.engine === 'memory' ? ':memory:' : embeddedFile(o.dataDir));
  const db = new Kysely<Schema>({ dialect });
  try {
    await migrateWithRetry(db, o.engine);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return { db, engine: o.engine, close: () => db.destroy() };
}

/**
 * Kysely's Migrator locks PostgreSQL, but not SQLite (it assumes one connection): two processes
 * starting on one file may race to create the same table. The loser tries again once the winner
 * is done, and then finds nothing left to do.
 */
async function migrateWithRetry(db: Kysely<Schema>, engine: Engine): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrate(db);
      return;
    } catch (e) {
      if (engine !== 'embedded' || attempt >= 20) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}

export function embeddedFile(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return join(dataDir, 'callguard.db');
}

/**
 * libsql keeps better-sqlite3's API (so Kysely's SqliteDialect drives it) but ships prebuilt
 * binaries: a fresh install needs no compiler (bench/storage-engines.md has the comparison).
 */
async function sqliteDialect(file: string): Promise<Dialect> {
  const { default: Libsql } = await import('libsql');
  const sqlite = new Libsql(file);
  // WAL: readers never wait for the writer; NORMAL sync is durable across a process crash
  // (only an OS crash can lose the last commits), which is the failure we design for.
  sqlite.exec('pragma busy_timeout = 5000; pragma journal_mode = wal; pragma synchronous = normal');
  return new SqliteDialect({ database: leakFreeLibsql(sqlite) });
}

async function postgresDialect(url: string): Promise<Dialect> {
  const { default: pg } = await import('pg');
  // int8 columns (our ms timestamps) come back as numbers, not strings: they fit a double.
  const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)) };
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    // A storage fault must surface within a turn's budget, not hang the person's answer.
    connectionTimeoutMillis: 2000,
    query_timeout: 3000,
    idleTimeoutMillis: 30_000,
    types,
  });
  // A client losing its server emits 'error' — on the pool when idle, on the client itself when
  // busy. Unheard, either would crash the process; the query in flight fails anyway, which
  // StorageHealth reports, and the pool drops the broken client.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new PostgresDialect({ pool });
}
