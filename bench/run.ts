/**
 * `npm run bench`: classification latency, turn latency and throughput, start-up to ready and
 * memory — with natural's stock BayesClassifier (its default tokenizer) as the naive baseline.
 * Also fraud recall / false alarms on ../shared/eval/dev-teleantifraud.json when present.
 * Prints a table and writes reports/bench.json. Figures, not tests: nothing here fails a build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { createApp } from '../src/app.js';
import { NluEngine, trainingData } from '../src/nlu/engine.js';
import { crossValidate } from '../src/nlu/evaluate.js';
import { stratifiedFolds } from '../src/nlu/classifier.js';
import { NaturalBayesClassifier } from '../src/nlu/natural-parts.js';
import { silentLogger } from '../src/util/log.js';
import { normalise } from '../src/nlu/normalize.js';
import type { IncomingMessage } from '../src/pipeline/message.js';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function macroF1(pairs: { y: string; p: string }[]): { accuracy: number; macroF1: number } {
  const labels = [...new Set(pairs.map((x) => x.y))];
  const f1s = labels.map((l) => {
    const tp = pairs.filter((x) => x.y === l && x.p === l).length;
    const fp = pairs.filter((x) => x.y !== l && x.p === l).length;
    const fn = pairs.filter((x) => x.y === l && x.p !== l).length;
    const pr = tp + fp ? tp / (tp + fp) : 0;
    const rc = tp + fn ? tp / (tp + fn) : 0;
    return pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  });
  return { accuracy: r3(pairs.filter((x) => x.y === x.p).length / pairs.length), macroF1: r3(f1s.reduce((a, b) => a + b, 0) / f1s.length) };
}

/** Wall time from spawning the JSON-lines process to its first answer: compiled (dist/), as `npm start` runs it, or through tsx. */
function coldStart(args: readonly string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [...args, 'chat', '--jsonl'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...env, ...process.env } });
    p.stdout.once('data', () => {
      resolve(performance.now() - t0);
      p.stdin.end();
    });
    p.on('error', reject);
    p.on('exit', (code) => reject(new Error(`the chat process exited (${code}) before answering`)));
    p.stdin.write(`${JSON.stringify({ user: 'bench', text: '你好' })}\n`);
  });
}

/** VmRSS and VmHWM (the peak) of a running process, in MB, from /proc (Linux). */
function rssOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

/**
 * How `npm start` (package.json) starts node — its environment assignments (MALLOC_ARENA_MAX=2)
 * and node's flags — so the bench starts the bot as deployed. BENCH_NODE_FLAGS (space-separated)
 * replaces both, to try others ("" starts plain node, as before the start script set any).
 */
function startCommand(): { env: Record<string, string>; flags: string[] } {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  const node = words.indexOf('node');
  const tried = process.env.BENCH_NODE_FLAGS;
  if (tried !== undefined) return { env: {}, flags: tried.split(' ').filter(Boolean) };
  const env = Object.fromEntries(words.slice(0, node).flatMap((w) => (/^\w+=/.test(w) ? [w.split('=') as [string, string]] : [])));
  return { env, flags: words.slice(node + 1).filter((w) => w.startsWith('--')) };
}

/**
 * The compiled bot over JSON lines on the embedded engine, as deployed (`npm start`'s script):
 * 10,000 conversations of two turns each sent through stdin, and its RSS (current and peak) read
 * from outside at its first answer, once all 20,000 answers are out, and again after it has sat
 * idle for `idleMs` (as a bot that served them over hours would mostly be found). With
 * `breakdown`, bench/memory-probe.cjs is preloaded and asked, at the same moments, where the
 * memory is (V8 heap, external, native; after a full collection too).
 */
function storedConversationsRss(o: { conversations?: number; idleMs?: number; breakdown?: boolean } = {}): Promise<Record<string, unknown>> {
  const conversations = o.conversations ?? 10_000;
  const idleMs = o.idleMs ?? 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'callguard-bench-'));
  const probeFile = join(dir, 'memory-probe.jsonl');
  const convo = ['有人打电话说是网信办的，要停我的号码，还问我家里白天谁在家', '总结'];
  const probeArgs = o.breakdown ? ['--expose-gc', '--require', './bench/memory-probe.cjs'] : [];
  const start = startCommand();
  const p = spawn(process.execPath, [...start.flags, ...probeArgs, 'scripts/start.mjs', 'chat', '--jsonl'], {
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...start.env, ...process.env, STORAGE: 'embedded', DATA_DIR: dir, LOG_LEVEL: 'warn', MEMORY_PROBE_FILE: probeFile },
  });
  let firstProbe: Promise<unknown> | undefined;
  // The probe appends one line per signal; wait for the n-th.
  const probe = (n: number): Promise<unknown> => {
    p.kill('SIGUSR2');
    return new Promise((resolve) => {
      const poll = () => {
        const got = existsSync(probeFile) ? readFileSync(probeFile, 'utf8').trim().split('\n') : [];
        if (got.length >= n) resolve(JSON.parse(got[n - 1]!));
        else setTimeout(poll, 50);
      };
      poll();
    });
  };
  const total = conversations * convo.length;
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let answers = 0;
    let pending = '';
    let atFirst: ReturnType<typeof rssOf> = null;
    p.on('error', reject);
    p.on('exit', (code) => (answers < total ? reject(new Error(`the chat process exited (${code}) after ${answers} answers`)) : undefined));
    p.stdout.on('data', (d: Buffer) => {
      pending += d.toString('utf8');
      for (let i = pending.indexOf('\n'); i >= 0; i = pending.indexOf('\n')) {
        pending = pending.slice(i + 1);
        answers++;
        if (answers === 1) {
          atFirst = rssOf(p.pid!);
          if (o.breakdown) firstProbe = probe(1);
        }
        if (answers === total) void finish();
      }
    });
    const finish = async () => {
      const end = rssOf(p.pid!);
      const seconds = (performance.now() - t0) / 1000;
      const afterTurns = o.breakdown ? await probe(2) : undefined;
      await new Promise((r) => setTimeout(r, idleMs));
      const idle = rssOf(p.pid!);
      const afterIdle = o.breakdown ? await probe(3) : undefined;
      p.stdin.end();
      const breakdown = o.breakdown ? { atFirstAnswer: await firstProbe, afterAllTurns: afterTurns, afterIdle } : undefined;
      p.once('exit', () => {
        rmSync(dir, { recursive: true, force: true });
        resolve({
          storedConversations: conversations,
          atFirstAnswer: atFirst,
          afterAllTurns: end,
          [`after${Math.round(idleMs / 1000)}sIdle`]: idle,
          turnsPerSecond: Math.round(total / seconds),
          ...(breakdown ? { breakdown } : {}),
        });
      });
    };
    let u = 0;
    const pump = () => {
      while (u < conversations) {
        const lines = convo.map((text) => JSON.stringify({ user: `bench-${u}`, text })).join('\n');
        u++;
        if (!p.stdin.write(`${lines}\n`)) return void p.stdin.once('drain', pump);
      }
    };
    pump();
  });
}

/**
 * 10,000 conversations of two turns each (a story, then "总结"), then 5,000 more turns timed,
 * on memory, the embedded file and PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL) — so
 * each engine is measured holding 10,000 stored conversations. RSS is read after each engine.
 */
async function turnsByEngine(): Promise<Record<string, unknown>> {
  const engines: [string, Record<string, string>][] = [['memory', { STORAGE: 'memory' }]];
  const dir = mkdtempSync(join(tmpdir(), 'callguard-bench-'));
  engines.push(['embedded', { STORAGE: 'embedded', DATA_DIR: dir }]);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) engines.push(['postgres', { STORAGE: 'postgres', DATABASE_URL: pgUrl, ID_HASH_SECRET: `bench-${Date.now()}` }]);
  // BENCH_ENGINES=embedded measures one engine alone (a clean RSS figure for it).
  const only = process.env.BENCH_ENGINES?.split(',');
  if (only) engines.splice(0, engines.length, ...engines.filter(([n]) => only.includes(n)));
  const out: Record<string, unknown> = {};
  const convo = ['有人打电话说是网信办的，要停我的号码，还问我家里白天谁在家', '总结'];
  for (const [name, env] of engines) {
    const app = await createApp(loadConfig({ LOG_LEVEL: 'silent', ...env }), silentLogger, { sweepEveryMs: 0 });
    const run = `${name}-${Date.now()}`;
    const t0 = performance.now();
    for (let u = 0; u < 10_000; u++) for (const text of convo) await app.adapter.process({ user: `${run}-${u}`, text, type: 'text' });
    const fillMs = performance.now() - t0;
    const lat: number[] = [];
    const t1 = performance.now();
    for (let i = 0; i < 5000; i++) {
      const m: IncomingMessage = { user: `${run}-${i % 10_000}`, text: i % 2 ? '怎么办' : '他还说要我下载一个软件', type: 'text' };
      const a = performance.now();
      await app.adapter.process(m);
      lat.push(performance.now() - a);
    }
    const elapsed = performance.now() - t1;
    await app.close();
    const g = (globalThis as { gc?: () => void }).gc;
    g?.();
    out[name] = {
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e6),
      storedConversations: 10_000,
      fillTurnsPerSecond: Math.round((20_000 / fillMs) * 1000),
      p50: r3(pct(lat, 0.5)),
      p99: r3(pct(lat, 0.99)),
      turnsPerSecond: Math.round((5000 / elapsed) * 1000),
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
    };
    console.error(name, JSON.stringify(out[name]));
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

async function main() {
  if (process.argv.includes('--stored-rss-only')) {
    const breakdown = process.argv.includes('--breakdown');
    console.log(JSON.stringify(await storedConversationsRss({ breakdown }), null, 2));
    return;
  }
  if (process.argv.includes('--storage-only')) {
    console.log(JSON.stringify(await turnsByEngine(), null, 2));
    return;
  }
  const results: Record<string, unknown> = {};
  const t0 = performance.now();
  const app = await createApp(loadConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), silentLogger, { sweepEveryMs: 0 });
  results.readyInProcessMs = Math.round(performance.now() - t0);
  results.rssMb = Math.round(process.memoryUsage().rss / 1e6);

  const starts: number[] = [];
  const tsxStarts: number[] = [];
  const start = startCommand();
  for (let i = 0; i < 3; i++) starts.push(await coldStart([...start.flags, 'scripts/start.mjs'], start.env));
  for (let i = 0; i < 3; i++) tsxStarts.push(await coldStart(['--import', 'tsx', 'src/main.ts']));
  results.startToFirstAnswerMs = { runs: starts.map(Math.round), median: Math.round(pct(starts, 0.5)) };
  results.startToFirstAnswerTsxMs = { runs: tsxStarts.map(Math.round), median: Math.round(pct(tsxStarts, 0.5)) };
  results.storedConversationsJsonl = await storedConversationsRss();

  const data = trainingData(app.content);
  const texts = data.map((d) => d.text);

  // Classification latency: segmentation + features + intent and scam-type models (the lexicon
  // hits they use as features are found once per message, outside this step).
  const normalised = texts.map((t) => normalise(t).text);
  const hits = normalised.map((t) => app.nlu.matcher.match(t));
  // The first round warms the JIT up and is not counted: a running bot is always warm.
  const cls: number[] = [];
  for (let round = 0; round < 6; round++) {
    normalised.forEach((t, i) => {
      const a = performance.now();
      app.nlu.classify(t, hits[i]!);
      if (round > 0) cls.push(performance.now() - a);
    });
  }
  const full: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const t of texts) {
      const a = performance.now();
      app.nlu.recognize(t);
      if (round > 0) full.push(performance.now() - a);
    }
  }

  // Natural's stock BayesClassifier with its default tokenizer, on the same 5 folds.
  const folds = stratifiedFolds(data.map((d) => d.intent), 5);
  const basePairs: { y: string; p: string }[] = [];
  const baseLat: number[] = [];
  for (let k = 0; k < 5; k++) {
    const nb = new NaturalBayesClassifier();
    data.forEach((d, i) => folds[i] !== k && nb.addDocument(d.text, d.intent));
    nb.train();
    data.forEach((d, i) => {
      if (folds[i] !== k) return;
      const a = performance.now();
      const p = nb.classify(d.text);
      baseLat.push(performance.now() - a);
      basePairs.push({ y: d.intent, p });
    });
  }
  {
    const { intent } = NluEngine.featurise(app.content, app.nlu.segmenter);
    const r = crossValidate(intent.map((x, i) => ({ ...x, text: texts[i]! })), 5);
    results.oursKfold = { accuracy: r.accuracy, macroF1: r.macroF1, ece: r.ece };
  }
  results.baselineKfold = macroF1(basePairs);
  results.classifyMs = { p50: r3(pct(cls, 0.5)), p99: r3(pct(cls, 0.99)), max: r3(Math.max(...cls)) };
  results.recognizeMs = { p50: r3(pct(full, 0.5)), p99: r3(pct(full, 0.99)) };
  results.baselineClassifyMs = { p50: r3(pct(baseLat, 0.5)), p99: r3(pct(baseLat, 0.99)) };

  // Turns: whole pipeline in-process, one core, on each storage engine side by side.
  results.turnsByEngine = await turnsByEngine();
  const mem = (results.turnsByEngine as Record<string, { p50: number; p99: number; turnsPerSecond: number }>).memory!;
  results.turnMs = { p50: mem.p50, p99: mem.p99 };
  results.turnsPerSecond = mem.turnsPerSecond;
  results.rssAfterTurnsMb = Math.round(process.memoryUsage().rss / 1e6);

  // Relayed real-world calls: fraud must be rated high or medium, normal calls never high.
  const ext = '../shared/eval/dev-teleantifraud.json';
  if (existsSync(ext)) {
    type Scenario = { id: string; tags: string[]; turns: { text: string }[] };
    const scenarios = JSON.parse(readFileSync(ext, 'utf8')) as Scenario[];
    let fraud = 0, caught = 0, normal = 0, falseHigh = 0;
    const missed: string[] = [];
    for (const s of scenarios) {
      let out;
      for (const t of s.turns) out = await app.adapter.process({ user: `ext-${s.id}`, text: t.text, type: 'text' });
      if (s.tags.includes('fraud')) {
        fraud++;
        if (out?.risk === 'high' || out?.risk === 'medium') caught++;
        else missed.push(s.id);
      } else {
        normal++;
        if (out?.risk === 'high') falseHigh++;
      }
    }
    results.teleantifraud = { fraudRecall: r3(caught / fraud), falseAlarmRate: r3(falseHigh / normal), fraud, normal, missed };
  }

  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}

void main();
