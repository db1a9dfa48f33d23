/**
 * `npm run bench:fuzz`: 100,000 generated inputs (FUZZ_INPUTS) through the whole pipeline — the
 * JSON-lines channel into the real bot, as in test/fuzz/pipeline.test.ts, which runs a few
 * hundred of them in CI. Reports lines answered, crashes, lines without exactly one answer,
 * and the time per line (p50, p99, max) — the bound is a figure, not a test. Writes
 * reports/fuzz.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { createApp } from '../src/app.js';
import { runJsonLines } from '../src/channels/jsonl.js';
import { loadConfig } from '../src/config/load.js';
import { silentLogger } from '../src/util/log.js';
import { inputLine } from '../test/helpers/fuzz-inputs.js';

const TOTAL = Number(process.env.FUZZ_INPUTS ?? 100_000);
const BATCH = 1_000;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

const app = await createApp(loadConfig({ STORAGE: 'memory' }), silentLogger, { sweepEveryMs: 0 });
const times: number[] = [];
let answered = 0;
let wrongCount = 0;
let errors = 0;
let slowest = { ms: 0, chars: 0 };
const t0 = performance.now();
for (let seed = 1; answered + wrongCount < TOTAL; seed++) {
  const lines = fc.sample(inputLine, { numRuns: Math.min(BATCH, TOTAL - answered - wrongCount), seed });
  for (const line of lines) {
    const input = new PassThrough();
    const out: string[] = [];
    const started = performance.now();
    try {
      const done = runJsonLines((m) => app.adapter.process(m), silentLogger, input, (l) => out.push(l));
      input.end(`${line}\n`);
      await done;
    } catch {
      errors++;
    }
    const ms = performance.now() - started;
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, chars: line.length };
    if (out.length === 1 && JSON.parse(out[0]!) !== null) answered++;
    else wrongCount++;
  }
  if (seed % 10 === 0) process.stderr.write(`${answered + wrongCount} inputs\n`);
}
const result = {
  inputs: answered + wrongCount,
  answeredOnce: answered,
  notAnsweredOnce: wrongCount,
  crashes: errors,
  msPerLine: { p50: +pct(times, 0.5).toFixed(2), p99: +pct(times, 0.99).toFixed(2), max: +slowest.ms.toFixed(1), maxLineChars: slowest.chars },
  seconds: +((performance.now() - t0) / 1000).toFixed(1),
  rssMB: Math.round(process.memoryUsage().rss / 1e6),
};
console.log(JSON.stringify(result, null, 2));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/fuzz.json', `${JSON.stringify(result, null, 2)}\n`);
await app.close();
