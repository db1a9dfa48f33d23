/**
 * `npm run bench:seeds [-- --seeds K]`: how much of an urgent figure is the draw of SGD's shuffle.
 * Trains our deed models and the SVM peer (bench/svm-model.ts, λ as bench/svm-baseline.ts picks
 * it) K times each on all examples with different seeds, and scores both, model against model
 * (`isUrgent`, the bot's own policy; the SVM with an urgent layer fitted on its own readings), on every blind single-message table: the held-out table,
 * the blind rounds' held halves, and — apart — the dev tables whose misses were read. Prints each
 * figure as mean [min–max] over the seeds; writes reports/seed-spread.json. Figures, not tests.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { isUrgent, type DeedRead, type DonePolicy } from '../src/nlu/deed-eval.js';
import { deedBench, ourSeed, svmSeed, type Item } from './blind-tables.js';

const arg = process.argv.indexOf('--seeds');
const K = arg >= 0 ? Number(process.argv[arg + 1]) : 3;
const OUR_SEEDS = Array.from({ length: K }, (_, k) => ourSeed(k));
const SVM_SEEDS = Array.from({ length: K }, (_, k) => svmSeed(k));

const { policy, svmPolicy, sets, trainPair } = deedBench();

type Rate = { recall: number; falseUrgent: number };
function rate(items: readonly Item[], reads: readonly DeedRead[], policy: DonePolicy): Rate {
  let caught = 0;
  let falseUrgent = 0;
  const positives = items.filter((i) => i.urgent).length;
  items.forEach((it, i) => {
    const u = isUrgent(reads[i]!, policy);
    if (u && it.urgent) caught++;
    if (u && !it.urgent) falseUrgent++;
  });
  return { recall: (100 * caught) / positives, falseUrgent: (100 * falseUrgent) / (items.length - positives) };
}

const runs: { model: string; seed: number; rates: Rate[] }[] = [];
for (let k = 0; k < K; k++) {
  const t0 = performance.now();
  const pair = trainPair(k);
  runs.push({ model: 'callguard', seed: OUR_SEEDS[k]!, rates: sets.map((set) => rate(set.items, pair.ours(set), policy)) });
  runs.push({ model: 'svm', seed: SVM_SEEDS[k]!, rates: sets.map((set) => rate(set.items, pair.svm(set), svmPolicy)) });
  console.error(`seed ${k + 1}/${K} (${Math.round(performance.now() - t0)} ms)`);
}

const f1 = (x: number) => x.toFixed(1);
const spread = (xs: number[]) => `${f1(xs.reduce((a, b) => a + b, 0) / xs.length)} [${f1(Math.min(...xs))}–${f1(Math.max(...xs))}]`;
console.log(`${K} seeds each; caught / false urgent, % (mean [min–max])`);
console.log('| set | callguard | SVM |');
console.log('|---|---|---|');
const summary = sets.map((s, i) => {
  const row = (model: string) => {
    const rs = runs.filter((r) => r.model === model).map((r) => r.rates[i]!);
    return { recall: rs.map((r) => r.recall), falseUrgent: rs.map((r) => r.falseUrgent) };
  };
  const c = row('callguard');
  const v = row('svm');
  console.log(`| ${s.name} (${s.part}) | ${spread(c.recall)} / ${spread(c.falseUrgent)} | ${spread(v.recall)} / ${spread(v.falseUrgent)} |`);
  return { set: s.name, part: s.part, callguard: c, svm: v };
});
if (!existsSync('reports')) mkdirSync('reports', { recursive: true });
writeFileSync('reports/seed-spread.json', `${JSON.stringify({ seeds: { callguard: OUR_SEEDS, svm: SVM_SEEDS }, summary }, null, 2)}\n`);
