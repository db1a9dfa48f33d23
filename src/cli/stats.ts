/**
 * `npm run stats [-- --days 7] [--json]`: what people asked and what the bot decided, from the
 * configured storage (the embedded file, or DATABASE_URL) — counts only, never a person.
 */
import { createStore } from '../app.js';
import { loadConfig, loadDotEnv } from '../config/load.js';
import { formatStats, readStats } from '../storage/stats.js';
import { createLogger } from '../util/log.js';

async function main(argv: string[]): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const i = argv.indexOf('--days');
  const days = i >= 0 ? Number(argv[i + 1]) : 7;
  if (!Number.isInteger(days) || days < 1) throw new Error('--days wants a whole number of days, e.g. --days 30');
  const store = await createStore(config, createLogger({ level: 'warn', format: 'auto' }), { sweepEveryMs: 0 });
  try {
    const stats = await readStats(store.db, { days });
    console.log(argv.includes('--json') ? JSON.stringify(stats, null, 2) : formatStats(stats, days));
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`stats: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
