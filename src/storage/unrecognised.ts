import type { Kysely } from 'kysely';
import { LINKS } from '../nlu/entities.js';
import type { Schema } from './database.js';
import type { StorageHealth } from './resilient-storage.js';

/** Longest redacted text kept: enough to see the wording, too short to hold a story. */
const MAX_CHARS = 120;

/**
 * A message as operators may see it: digit runs (numbers, codes, cards, ids), links, e-mail
 * addresses and @handles replaced by placeholders, then cut short.
 */
export function redactForOperators(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '<email>')
    .replace(LINKS, '<link>')
    .replace(/@\S+/g, '@<name>')
    .replace(/\+?\d[\d\s-]{1,}\d|\d/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_CHARS);
}

/** Counts redacted messages the bot did not understand, for `npm run stats`. */
export class UnrecognisedLog {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly health: StorageHealth,
    private readonly now: () => number = Date.now,
  ) {}

  async record(text: string): Promise<void> {
    const redacted = redactForOperators(text);
    if (redacted.replace(/<n>|<link>|<email>|@<name>|[\s\p{P}]/gu, '').length < 2) return;
    const at = this.now();
    await this.health.guard(
      () =>
        this.db
          .insertInto('unrecognised')
          .values({ text: redacted, count: 1, last_at: at })
          .onConflict((oc) => oc.column('text').doUpdateSet((eb) => ({ count: eb('unrecognised.count', '+', 1), last_at: at })))
          .execute(),
      undefined,
    );
  }
}
