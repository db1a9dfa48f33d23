import type { Kysely } from 'kysely';
import type { NumberKind } from '../nlu/entities.js';
import type { Schema } from './database.js';
import type { StorageHealth } from './resilient-storage.js';

/** What anyone checking a number may learn: how many people reported it and when last — never who. */
export interface NumberReportSummary {
  reporters: number;
  lastAt: number | null;
}

/** Kinds of number a caller rings from, worth reporting: not 110, not the real 96110. */
export const REPORTABLE_KINDS: ReadonlySet<NumberKind> = new Set(['mobile', 'landline', 'international', 'fake_96110']);

/**
 * One form per number, whatever way it was written: "+86 138 0013 8000", "0086-13800138000" and
 * "13800138000" are one number; a landline keeps its area code ("021-5505 6666" → "02155056666").
 * Returns null for what is not a number a caller could call from.
 */
export function normaliseNumber(raw: string): string | null {
  let d = raw.replace(/[^\d+]/g, '');
  if (d.startsWith('+')) d = `00${d.slice(1)}`;
  if (d.includes('+')) return null;
  if (d.startsWith('0086')) d = d.slice(4);
  else if (d.startsWith('86') && d.length === 13) d = d.slice(2);
  if (/^1[3-9]\d{9}$/.test(d) || /^0[1-9]\d{8,10}$/.test(d) || /^00\d{6,15}$/.test(d)) return d;
  return null;
}

/**
 * Community reports of callers' numbers. One row per (number, person): a person reporting the
 * same number again only moves their date, so nobody can inflate a count alone.
 */
export class NumberReports {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly health: StorageHealth,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records that `reporter` (an HMAC) reports `number` (normalised); false if storage is down. */
  async report(number: string, reporter: string): Promise<boolean> {
    const at = this.now();
    return this.health.guard(async () => {
      await this.db
        .insertInto('number_reports')
        .values({ number, reporter, reported_at: at })
        .onConflict((oc) => oc.columns(['number', 'reporter']).doUpdateSet({ reported_at: at }))
        .execute();
      return true;
    }, false);
  }

  /** null when storage cannot tell (down): never to be read as "no reports". */
  async summary(number: string): Promise<NumberReportSummary | null> {
    return this.health.guard(async () => {
      const row = await this.db
        .selectFrom('number_reports')
        .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('reported_at').as('last')])
        .where('number', '=', number)
        .executeTakeFirst();
      const reporters = Number(row?.n ?? 0);
      return { reporters, lastAt: reporters > 0 && row?.last != null ? Number(row.last) : null };
    }, null);
  }
}
