/**
 * `npx tsx bench/pacing.ts`: what the turn pipeline costs and how fast the bot sends.
 * - the urgency pre-read each message gets while a story window is open (so that a loss is
 *   answered at once): ms per message;
 * - a turn through the pipeline (limits, window 0) against the bare adapter: ms per turn;
 * - the send pace with the default settings, on a simulated clock: messages per second, and
 *   the posts 50 urgent messages from one group member produce.
 * Figures, not tests: nothing here fails a build.
 */
import { loadConfig } from '../src/config/load.js';
import { createApp } from '../src/app.js';
import { SendQueue } from '../src/pipeline/send-queue.js';
import { turnsFor } from '../src/pipeline/turns.js';
import { silentLogger } from '../src/util/log.js';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number) => Math.round(x * 100) / 100;

const config = loadConfig({ STORAGE: 'memory' });
const app = await createApp(config, silentLogger, { sweepEveryMs: 0 });
const texts = ['刚才有个电话说是公安局的', '他让我把钱转到安全账户', '我刚刚把3万块转给他了', 'Someone said he is from the police', '验证码已经告诉他了', '你好'];

const pre: number[] = [];
for (let i = 0; i < 600; i++) {
  const t0 = performance.now();
  app.bot.readsUrgent(texts[i % texts.length]!);
  pre.push(performance.now() - t0);
}

const bare: number[] = [];
const piped: number[] = [];
const turns = turnsFor(app, config, silentLogger, { windowMs: 0 });
for (let i = 0; i < 300; i++) {
  const m = { user: `bench-${i}`, text: texts[i % texts.length]!, type: 'text' as const };
  let t0 = performance.now();
  await app.adapter.process({ ...m, user: `bare-${i}` });
  bare.push(performance.now() - t0);
  t0 = performance.now();
  await turns.receive(m);
  piped.push(performance.now() - t0);
}

// Send pace on a simulated clock (one chat, so that one waiter moves it): 100 messages, defaults.
let now = 0;
const q = new SendQueue({
  intervalMs: config.SEND_INTERVAL_MS,
  jitterMs: config.SEND_INTERVAL_MS / 2,
  timeoutMs: config.SEND_TIMEOUT_MS,
  retryDelaysMs: [2_000],
  groupPerMinute: config.GROUP_POSTS_PER_MINUTE,
  log: silentLogger,
  now: () => now,
  sleep: async (d) => void (now += d),
});
const sentAt: number[] = [];
await q.enqueue({ chat: 'c', group: false, label: '' }, Array.from({ length: 100 }, () => async () => void sentAt.push(now)));
const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);

const group = turnsFor(app, config, silentLogger, { windowMs: 0 });
let posts = 0;
for (let i = 0; i < 50; i++) posts += (await group.receive({ user: 'member', room: 'bench-room', text: `反诈助手 我刚刚把${i + 1}万块转给他了`, type: 'text' })).replies.length;

console.table({
  'urgency pre-read (ms)': { p50: ms(pct(pre, 0.5)), p99: ms(pct(pre, 0.99)) },
  'turn, bare adapter (ms)': { p50: ms(pct(bare, 0.5)), p99: ms(pct(bare, 0.99)) },
  'turn, through pipeline (ms)': { p50: ms(pct(piped, 0.5)), p99: ms(pct(piped, 0.99)) },
  'gap between sends (ms, simulated)': { p50: ms(pct(gaps, 0.5)), p99: ms(pct(gaps, 0.99)), min: ms(Math.min(...gaps)) },
});
console.log(`sends per second (simulated, defaults): ${ms((sentAt.length - 1) / ((sentAt[sentAt.length - 1]! - sentAt[0]!) / 1000))}`);
console.log(`posts for 50 urgent messages from one group member: ${posts}`);
await app.close();
