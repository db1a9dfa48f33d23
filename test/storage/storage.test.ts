import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoomSettingsStore } from '../../src/pipeline/room-settings.js';
import { normaliseNumber } from '../../src/storage/number-reports.js';
import { readStats } from '../../src/storage/stats.js';
import { redactForOperators } from '../../src/storage/unrecognised.js';
import { StateConflictError } from '../../src/storage/sql-storage.js';
import { openStore, type Store } from '../../src/storage/store.js';
import { silentLogger } from '../../src/util/log.js';
import { freshDataDir, freshPostgres, POSTGRES_REQUIRED, TEST_DATABASE_URL } from '../helpers/databases.js';

type Engine = 'embedded' | 'memory' | 'postgres';

/** Opens a store on one engine; `reopen` gives a second store on the same data (a restart). */
async function storeOn(engine: Engine, now: () => number): Promise<{ open(): Promise<Store>; drop(): Promise<void> }> {
  const base = { idSecret: 'test-secret', conversationIdleMs: 3_600_000, log: silentLogger, now, sweepEveryMs: 0 };
  if (engine === 'postgres') {
    const db = await freshPostgres();
    return { open: () => openStore({ ...base, engine, dataDir: '', url: db.url }), drop: () => db.drop() };
  }
  const data = freshDataDir();
  return { open: () => openStore({ ...base, engine, dataDir: data.dir, url: '' }), drop: async () => data.drop() };
}

const engines: Engine[] = ['embedded', 'memory', ...(TEST_DATABASE_URL ? (['postgres'] as const) : [])];

it('runs the PostgreSQL suite in CI', () => {
  // CI installs PostgreSQL and exports TEST_DATABASE_URL: a skipped engine there is a red build.
  if (POSTGRES_REQUIRED) expect(TEST_DATABASE_URL, 'TEST_DATABASE_URL must be set in CI').not.toBe('');
});

describe.each(engines)('storage on %s', (engine) => {
  let clock = 1_800_000_000_000;
  let store: Store;
  let env: Awaited<ReturnType<typeof storeOn>>;
  beforeAll(async () => {
    env = await storeOn(engine, () => clock);
    store = await env.open();
  });
  afterAll(async () => {
    await store.close();
    await env.drop();
  });

  const key = (id: string) => `callguard/conversations/${id}/`;
  const rooms = (s: Store) => new RoomSettingsStore(s.db, { defaults: { mode: 'guard', lang: null, cooldownSeconds: 600 }, health: s.health, hash: s.hash });

  it('gives back what was written, with an eTag, and nothing for unknown keys', async () => {
    expect(await store.state.read([key('nobody')])).toEqual({});
    await store.state.write({ [key('a')]: { case: { flags: ['x'] } } });
    const got = await store.state.read([key('a'), key('nobody')]);
    expect(Object.keys(got)).toEqual([key('a')]);
    expect(got[key('a')]).toMatchObject({ case: { flags: ['x'] } });
    expect(typeof (got[key('a')] as { eTag?: unknown }).eTag).toBe('string');
  });

  it('refuses a stale eTag and a second "new" item, and lets "*" overwrite', async () => {
    await store.state.write({ [key('b')]: { n: 1 } });
    const first = (await store.state.read([key('b')]))[key('b')] as { eTag: string; n: number };
    await store.state.write({ [key('b')]: { ...first, n: 2 } });
    await expect(store.state.write({ [key('b')]: { ...first, n: 3 } })).rejects.toBeInstanceOf(StateConflictError);
    await expect(store.state.write({ [key('b')]: { n: 4 } })).rejects.toBeInstanceOf(StateConflictError);
    await store.state.write({ [key('b')]: { n: 5, eTag: '*' } });
    expect((await store.state.read([key('b')]))[key('b')]).toMatchObject({ n: 5 });
  });

  it('lets exactly one of two writers with the same eTag win', async () => {
    await store.state.write({ [key('c')]: { n: 0 } });
    const read = (await store.state.read([key('c')]))[key('c')] as { eTag: string };
    const results = await Promise.allSettled([store.state.write({ [key('c')]: { ...read, n: 1 } }), store.state.write({ [key('c')]: { ...read, n: 2 } })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof StateConflictError)).toHaveLength(1);
  });

  it('stores no WeChat id in the clear', async () => {
    await store.state.write({ [key('wxid_secret_person')]: { lang: 'zh' } });
    await rooms(store).set('room_secret@chatroom', { mode: 'off', lang: null, cooldownSeconds: 60, lastGuardAt: 0 });
    store.events.record({ at: clock, channel: 'jsonl', conversation: store.hash('wxid_secret_person'), room: null, intent: 'describe_call', confidence: 0.9, scamType: null, risk: null, urgent: false, responses: ['welcome'] });
    await store.events.flush();
    const rows = await sql<{ t: string }>`select key || doc as t from bot_state union all select room || doc from room_settings union all select conversation from turn_events`.execute(store.db);
    expect(rows.rows.length).toBeGreaterThan(2);
    for (const r of rows.rows) expect(r.t).not.toMatch(/wxid_secret_person|room_secret/);
  });

  it('keeps group settings across a restart', async () => {
    await rooms(store).set('room-1', { mode: 'mention', lang: 'en', cooldownSeconds: 120, lastGuardAt: 5 });
    if (engine === 'memory') return;
    const again = await env.open();
    try {
      expect(await rooms(again).get('room-1')).toEqual({ mode: 'mention', lang: 'en', cooldownSeconds: 120, lastGuardAt: 5 });
      expect(await rooms(again).get('room-never-set')).toMatchObject({ mode: 'guard' });
    } finally {
      await again.close();
    }
  });

  it('records turn events with their fields and no text', async () => {
    store.events.record({ at: clock, channel: 'wechat', conversation: 'h1', room: 'r1', intent: 'already_gave', confidence: 0.87654, scamType: 'police_judiciary', risk: 'high', urgent: true, responses: ['emergency_intro', 'emergency_money'] });
    await store.events.flush();
    const row = await store.db.selectFrom('turn_events').selectAll().where('conversation', '=', 'h1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'wechat', intent: 'already_gave', scam_type: 'police_judiciary', risk: 'high', urgent: 1 });
    expect(row.confidence).toBeCloseTo(0.877, 3);
    expect(JSON.parse(row.responses)).toEqual(['emergency_intro', 'emergency_money']);
  });

  it('counts each person once per number, however the number is written', async () => {
    const n = normaliseNumber('+86 138 0013 8000')!;
    expect(await store.reports.summary(n)).toEqual({ reporters: 0, lastAt: null });
    expect(await store.reports.report(n, 'person-1')).toBe(true);
    clock += 1000;
    await store.reports.report(normaliseNumber('0086-13800138000')!, 'person-1');
    await store.reports.report(normaliseNumber('138 0013 8000')!, 'person-2');
    expect(await store.reports.summary(n)).toEqual({ reporters: 2, lastAt: clock });
  });

  it('gives operators counts, groups active, disputes and the redacted messages not understood', async () => {
    clock += 10 * 86_400_000;
    const at = clock;
    const ev = { at, channel: 'wechat', intent: null, confidence: 0.3, scamType: 'cyberspace_admin', risk: 'high', urgent: false, responses: ['verdict_high'] } as const;
    store.events.record({ ...ev, conversation: 's1', room: 'room-a', responses: ['verdict_high'] });
    store.events.record({ ...ev, conversation: 's1', room: 'room-a', urgent: true, responses: ['emergency_intro'] });
    store.events.record({ ...ev, conversation: 's2', room: null, channel: 'jsonl', risk: null, scamType: null, responses: ['dispute_recorded'] });
    await store.events.flush();
    await store.unrecognised.record('我家猫今天不吃饭 13800138000');
    await store.unrecognised.record('我家猫今天不吃饭 13912345678');
    const s = await readStats(store.db, { days: 1, now: at + 1000 });
    expect(s.turns).toBe(3);
    expect(s.byChannel).toEqual({ wechat: 2, jsonl: 1 });
    expect(s.urgentConversations).toBe(1);
    expect(s.groupsActive).toBe(1);
    expect(s.disputes).toBe(1);
    expect(s.byDay).toHaveLength(1);
    expect(s.unrecognised[0]).toMatchObject({ text: '我家猫今天不吃饭 <n>', count: 2 });
  });

  it('empties idle conversations, keeps when they expired, and leaves fresh ones alone', async () => {
    await store.state.write({ [key('old')]: { case: { flags: ['x'] } }, [key('fresh')]: { case: { flags: ['y'] } } });
    clock += 2 * 3_600_000;
    const fresh = (await store.state.read([key('fresh')]))[key('fresh')]!;
    await store.state.write({ [key('fresh')]: fresh });
    await store.sweep();
    const got = await store.state.read([key('old'), key('fresh')]);
    expect(got[key('old')]).toEqual({ expiredAt: clock, eTag: expect.any(String) });
    expect(got[key('fresh')]).toMatchObject({ case: { flags: ['y'] } });
  });
});

describe('normaliseNumber', () => {
  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['0086-13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['021-5505 6666', '02155056666'],
    ['+1 (202) 555-0143', '0012025550143'],
    ['110', null],
    ['12345', null],
  ])('%s → %s', (raw, want) => {
    expect(normaliseNumber(raw)).toBe(want);
  });
});

describe('redactForOperators', () => {
  it.each([
    ['验证码 123456 发给他了吗', '验证码 <n> 发给他了吗'],
    ['打 021-5505 6666 问问', '打 <n> 问问'],
    ['点了 http://boc-cn.top/a 和 jt-bank.vip', '点了 <link> 和 <link>'],
    ['mail me a.b@qq.com @张三', 'mail me <email> @<name>'],
  ])('%s → %s', (raw, want) => {
    expect(redactForOperators(raw)).toBe(want);
  });
});
