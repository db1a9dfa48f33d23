import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { boundedCache } from '../util/bounded-cache.js';

/** The parts of libsql's better-sqlite3-like API we use. */
export interface LibsqlDatabase {
  prepare(sql: string): LibsqlStatement;
  close(): void;
}
interface LibsqlStatement {
  readonly reader: boolean;
  get(params: readonly unknown[]): unknown;
  run(params: readonly unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  columns(): { name: string }[];
}

const MAX_STATEMENTS = 256;

/**
 * Kysely's SQLite driver over libsql without its native leaks (libsql 0.5.29, measured in
 * bench/storage-engines.md): every `prepare` keeps ~3 KB and every multi-row read (`all`,
 * `iterate`) ~1 KB of native memory that garbage collection never returns — gigabytes over a
 * bot's months. So statements are prepared once per SQL text (a bounded cache), and a read is
 * run as one row: the rows folded into a JSON array by SQLite itself, read with `get`, which
 * leaks nothing.
 */
export function leakFreeLibsql(db: LibsqlDatabase): SqliteDatabase {
  // Each prepared statement holds its SQL text and ~3 KB of native memory.
  const statements = boundedCache<string, SqliteStatement>({ maxItems: MAX_STATEMENTS, maxBytes: 4 * 1024 * 1024, bytesOf: (_s, sql) => 2 * sql.length + 3072 });
  const prepare = (sql: string): SqliteStatement => {
    const hit = statements.get(sql);
    if (hit) return hit;
    const made = wrap(db, sql);
    statements.set(sql, made);
    return made;
  };
  return { prepare, close: () => db.close() };
}

function wrap(db: LibsqlDatabase, sql: string): SqliteStatement {
  const stmt = db.prepare(sql);
  if (!stmt.reader) {
    return {
      reader: false,
      all: () => [],
      run: (params) => stmt.run(params),
      iterate: () => [][Symbol.iterator](),
    };
  }
  const names = stmt.columns().map((c) => c.name);
  const pairs = names.map((n, i) => `'${n.replace(/'/g, "''")}', c${i}`).join(', ');
  const aliases = names.map((n, i) => `"${n.replace(/"/g, '""')}" as c${i}`).join(', ');
  // One row holding every row: json_group_array keeps their order.
  const folded = db.prepare(`select json_group_array(json_object(${pairs})) as rows from (select ${aliases} from (${sql}))`);
  const all = (params: readonly unknown[]): unknown[] => {
    const row = folded.get(params) as { rows: string } | undefined;
    return row ? (JSON.parse(row.rows) as unknown[]) : [];
  };
  return {
    reader: true,
    all,
    run: (params) => stmt.run(params),
    iterate: (params) => all(params)[Symbol.iterator](),
  };
}
