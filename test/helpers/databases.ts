import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * PostgreSQL for tests: TEST_DATABASE_URL names a server and a role allowed to create databases
 * (.ci/run makes one; README "Tests against PostgreSQL"). Each suite gets a database of its own,
 * so suites running side by side never see each other's rows.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? '';

/** In CI a missing PostgreSQL is a failure, not a skip: the suite must really run there. */
export const POSTGRES_REQUIRED = process.env.CI === 'true' || process.env.CI === '1';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshPostgres(): Promise<TestDatabase> {
  const name = `callguard_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A data directory of its own, removed by `drop`. */
export function freshDataDir(): { dir: string; drop(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-data-'));
  return { dir, drop: () => rmSync(dir, { recursive: true, force: true }) };
}
