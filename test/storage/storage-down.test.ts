import { createServer, connect, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import { talk } from '../helpers/app.js';
import { freshPostgres, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases.js';

/** A TCP relay in front of PostgreSQL that can cut every connection and refuse new ones. */
async function relay(target: URL): Promise<{ port: number; down(): void; up(): Promise<void>; close(): Promise<void> }> {
  const [host, targetPort] = [target.hostname, Number(target.port || 5432)];
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(targetPort, host);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  const down = () => {
    server.close();
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  return { port, down, up: listen, close: async () => down() };
}

let db: TestDatabase | undefined;
afterAll(async () => db?.drop());

describe.runIf(TEST_DATABASE_URL)('when PostgreSQL goes away', () => {
  it('keeps answering, logs the fault once, and picks the conversation up again when it is back', async () => {
    db = await freshPostgres();
    const url = new URL(db.url);
    const r = await relay(url);
    url.host = `127.0.0.1:${r.port}`;
    const lines: { msg: string; level: number }[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(JSON.parse(chunk.toString()) as { msg: string; level: number }), cb()) }));
    // The app's clock runs with real time, and jumps over the retry interval when told to.
    let skipped = 0;
    const now = () => Date.now() + skipped;
    const app = await createApp(loadConfig({ STORAGE: 'postgres', DATABASE_URL: url.toString(), ID_HASH_SECRET: 's' }), log, { sweepEveryMs: 0, retryMs: 300, now });
    try {
      const user = 'down-test';
      const [verdict] = await talk(app, ['有个叫刘伟建的打电话，说是网信办的，工号9949，说要停我的号码'], user);
      expect(verdict!.risk).toBe('high');

      r.down();
      const during = await talk(app, ['他又打来了，说是公安局的，让我转钱到安全账户', '总结', '怎么办'], user);
      for (const o of during) expect(o.replies.length).toBeGreaterThan(0);
      // Stateless, but still the right advice for the message itself.
      expect(during[0]!.risk).toBe('high');
      expect(lines.filter((l) => /storage unreachable/.test(l.msg))).toHaveLength(1);

      await r.up();
      skipped += 301; // past the retry interval
      const [after] = await talk(app, ['总结'], user);
      expect(after!.responses[0]).toBe('summary');
      expect(after!.replies[0]).toMatch(/网信办/);
      expect(lines.some((l) => /storage is back/.test(l.msg))).toBe(true);
    } finally {
      await app.close();
      await r.close();
    }
  }, 30_000);
});
