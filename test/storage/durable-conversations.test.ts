import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/util/log.js';
import { BotProcess, type Output } from '../helpers/bot-process.js';
import { freshDataDir, freshPostgres, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases.js';
import { talk } from '../helpers/app.js';

const story = ['有个叫刘伟建的打电话，说是网信办的，工号9949', '他说要停我的号码，还问我家保姆几点出门', '是的', '总结'];
const visible = (o: Output) => ({ replies: o.replies, responses: o.responses, risk: o.risk, scamType: o.scamType, urgent: o.urgent });

const dbs: TestDatabase[] = [];
const dirs: { drop(): void }[] = [];
afterAll(async () => {
  for (const d of dbs) await d.drop();
  for (const d of dirs) d.drop();
});

/** Environment of a bot process on a fresh database of the given engine. */
async function engineEnv(engine: 'embedded' | 'postgres'): Promise<Record<string, string>> {
  if (engine === 'postgres') {
    const db = await freshPostgres();
    dbs.push(db);
    return { STORAGE: 'postgres', DATABASE_URL: db.url, ID_HASH_SECRET: 'test-secret' };
  }
  const d = freshDataDir();
  dirs.push(d);
  return { STORAGE: 'embedded', DATA_DIR: d.dir };
}

const engines = ['embedded', ...(TEST_DATABASE_URL ? ['postgres' as const] : [])] as const;

/** Each test starts real bot processes: on a busy two-core machine one start can take 10 s. */
const PROCESSES_TIMEOUT = 60_000;

/** The story as told to one bot that is never stopped: what the killed and restarted ones must say. */
let reference: Promise<Output[]> | undefined;
function uninterrupted(): Promise<Output[]> {
  reference ??= (async () => {
    const bot = new BotProcess({ STORAGE: 'memory' });
    const want: Output[] = [];
    for (const t of story) want.push(await bot.ask('kill-test', t));
    await bot.end();
    return want;
  })();
  return reference;
}

describe.each(engines)('conversations on %s', { timeout: PROCESSES_TIMEOUT }, (engine) => {
  // One database and one pair of processes serving it for the two tests of two processes (each
  // has people of its own); the kill test kills and restarts bots of its own on a database of its own.
  let env: Record<string, string>;
  let a: BotProcess;
  let b: BotProcess;
  beforeAll(async () => {
    env = await engineEnv(engine);
    a = new BotProcess(env);
    b = new BotProcess(env);
  });
  afterAll(async () => {
    await Promise.all([a.end(), b.end()]);
  });

  it('survive the bot being killed between two messages', async () => {
    const env = await engineEnv(engine);
    const first = new BotProcess(env);
    // The bot that takes over starts loading now (its start is most of this test's time); it sees
    // the conversation only through storage, at its first message, after the first one is dead.
    const second = new BotProcess(env);
    const got: Output[] = [await first.ask('kill-test', story[0]!), await first.ask('kill-test', story[1]!)];
    await first.kill('SIGKILL');
    for (const t of story.slice(2)) got.push(await second.ask('kill-test', t));
    expect(await second.end()).toBe(0);
    const want = await uninterrupted();
    expect(got.map(visible)).toEqual(want.map(visible));
    expect(got[3]!.responses).toEqual(['summary']);
  });

  it('lose no update when two processes answer turns of the same conversations', async () => {
    const users = Array.from({ length: 12 }, (_, i) => `two-proc-${i}`);
    // Each person's two facts reach two different processes at the same moment.
    await Promise.all(users.map((u) => Promise.all([a.ask(u, '有人打电话说他是网信办的'), b.ask(u, '他说要停我的号码')])));
    const summaries = await Promise.all(users.map((u, i) => (i % 2 ? a : b).ask(u, '总结')));
    summaries.forEach((s, i) => {
      // On failure, say what the bot answered and what both processes logged.
      const why = `${users[i]}: ${JSON.stringify(s)}\nA: ${a.stderr.slice(-600)}\nB: ${b.stderr.slice(-600)}`;
      expect(s.responses[0], why).toBe('summary');
      expect(s.replies[0], why).toMatch(/网信办/);
      expect(s.replies[0], why).toMatch(/停号/);
    });
  });

  it('keep every fact when one person writes many messages at once to two processes', async () => {
    const facts = ['有人打电话说他是网信办的', '他说要停我的号码', '还让我下载一个软件', '他还要我共享屏幕', '他说要把钱转到安全账户', '工号9949'];
    const users = ['burst-1', 'burst-2', 'burst-3'];
    // All at once: each process takes every other message of each person; within a process they
    // run in the order they came, across the two they race, and the loser of a race is redone.
    await Promise.all(users.flatMap((u) => facts.map((f, i) => (i % 2 ? b : a).ask(u, f))));
    const summaries = await Promise.all(users.map((u) => a.ask(u, '总结')));
    for (const [i, s] of summaries.entries()) {
      const why = `${users[i]}: ${JSON.stringify(s)}\nA: ${a.stderr.slice(-600)}\nB: ${b.stderr.slice(-600)}`;
      expect(s.responses[0], why).toBe('summary');
      for (const shown of [/网信办/, /9949/, /停号/, /下载软件/, /共享屏幕/, /安全账户/]) expect(s.replies[0], why).toMatch(shown);
    }
  });
});

/**
 * Two bots in one process force the race deterministically: every read of both happens before
 * any write. PostgreSQL only: two connections to one SQLite file in one process would block
 * each other (the driver is synchronous), which no deployment does.
 */
describe.runIf(TEST_DATABASE_URL)('two bots on one PostgreSQL, in one process', () => {
  it('redo a turn whose conversation the other bot changed meanwhile', async () => {
    const db = await freshPostgres();
    dbs.push(db);
    const config = loadConfig({ STORAGE: 'postgres', DATABASE_URL: db.url, ID_HASH_SECRET: 'test-secret' });
    const apps: App[] = [await createApp(config, silentLogger, { sweepEveryMs: 0 }), await createApp(config, silentLogger, { sweepEveryMs: 0 })];
    try {
      const users = Array.from({ length: 10 }, (_, i) => `same-time-${i}`);
      await Promise.all(users.map((user) => Promise.all([apps[0]!.adapter.process({ user, text: '有人打电话说他是网信办的', type: 'text' }), apps[1]!.adapter.process({ user, text: '他说要停我的号码', type: 'text' })])));
      expect(apps[0]!.adapter.retries + apps[1]!.adapter.retries).toBeGreaterThan(0);
      for (const user of users) {
        const [s] = await talk(apps[0]!, ['总结'], user);
        expect(s!.replies[0]).toMatch(/网信办/);
        expect(s!.replies[0]).toMatch(/停号/);
      }
    } finally {
      await Promise.all(apps.map((x) => x.close()));
    }
  });
});
