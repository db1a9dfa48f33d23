import { sql, type Kysely } from 'kysely';
import type { Schema } from './database.js';

const DAY = 86_400_000;

export interface Stats {
  since: string;
  turns: number;
  byDay: { day: string; turns: number; urgent: number }[];
  byChannel: Record<string, number>;
  byScamType: Record<string, number>;
  byRisk: Record<string, number>;
  /** Distinct conversations that reached the emergency. */
  urgentConversations: number;
  groupsActive: number;
  /** Turns where the person disputed a verdict ("判断错了", "this isn't a scam"). */
  disputes: number;
  /** Most frequent messages not understood, redacted: candidates for new examples. */
  unrecognised: { text: string; count: number; lastAt: string }[];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** What operators see of the last `days` days: counts only, never a person. */
export async function readStats(db: Kysely<Schema>, o: { days: number; now?: number; top?: number }): Promise<Stats> {
  const since = (o.now ?? Date.now()) - o.days * DAY;
  const inRange = db.selectFrom('turn_events').where('at', '>=', since);
  const count = (col: 'channel' | 'scam_type' | 'risk') =>
    inRange
      .select([col, (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy(col)
      .execute()
      .then((rows) => Object.fromEntries(rows.map((r) => [String(r[col] ?? 'none'), Number(r.n)])));
  const day = sql<number | string>`at / ${sql.lit(DAY)}`;
  const [total, byDay, byChannel, byScamType, byRisk, urgent, groups, disputes, unrecognised] = await Promise.all([
    inRange.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    inRange
      .select([day.as('day'), (eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.sum<number | string>('urgent').as('u')])
      .groupBy(day)
      .orderBy(day)
      .execute(),
    count('channel'),
    count('scam_type'),
    count('risk'),
    inRange.where('urgent', '=', 1).select((eb) => eb.fn.count<number | string>('conversation').distinct().as('n')).executeTakeFirst(),
    inRange.where('room', 'is not', null).select((eb) => eb.fn.count<number | string>('room').distinct().as('n')).executeTakeFirst(),
    inRange.where('responses', 'like', '%"dispute_recorded"%').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    db.selectFrom('unrecognised').selectAll().where('last_at', '>=', since).orderBy('count', 'desc').orderBy('last_at', 'desc').limit(o.top ?? 20).execute(),
  ]);
  return {
    since: iso(since),
    turns: Number(total?.n ?? 0),
    byDay: byDay.map((r) => ({ day: iso(Number(r.day) * DAY), turns: Number(r.n), urgent: Number(r.u ?? 0) })),
    byChannel,
    byScamType,
    byRisk,
    urgentConversations: Number(urgent?.n ?? 0),
    groupsActive: Number(groups?.n ?? 0),
    disputes: Number(disputes?.n ?? 0),
    unrecognised: unrecognised.map((r) => ({ text: r.text, count: Number(r.count), lastAt: iso(Number(r.last_at)) })),
  };
}

/** The stats as a few plain tables for a terminal. */
export function formatStats(s: Stats, days: number): string {
  const table = (title: string, rec: Record<string, number>) =>
    [`${title}:`, ...Object.entries(rec).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`)].join('\n');
  return [
    `callguard, the last ${days} day(s) (since ${s.since}): ${s.turns} turns, ${s.urgentConversations} conversations in an emergency, ${s.groupsActive} groups active, ${s.disputes} verdicts disputed`,
    ['by day:', ...s.byDay.map((d) => `  ${d.day}  ${String(d.turns).padStart(6)} turns  ${String(d.urgent).padStart(4)} urgent`)].join('\n'),
    table('by channel', s.byChannel),
    table('by scam type', s.byScamType),
    table('by risk', s.byRisk),
    ['not understood (redacted; candidates for intents/ examples):', ...s.unrecognised.map((u) => `  ${String(u.count).padStart(4)}×  ${u.text}   (last ${u.lastAt})`)].join('\n'),
  ].join('\n\n');
}
