/**
 * What the deed benches (bench:seeds, bench:ensemble) share: the blind single-message tables,
 * read as "is something urgent gone", each message prepared once for each reader, and the two
 * readers trained on the same examples with a given seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadContent } from '../src/content/load.js';
import { donePolicy, type DeedRead } from '../src/nlu/deed-eval.js';
import { NluEngine, readableText } from '../src/nlu/engine.js';
import { LexiconMatcher } from '../src/nlu/lexicon.js';
import { normalise } from '../src/nlu/normalize.js';
import { Segmenter } from '../src/nlu/tokenize.js';
import { charNgrams, SEED, SvmDeedReader, type Example } from './svm-model.js';

export interface Item {
  text: string;
  urgent: boolean;
}

interface Row {
  text?: string;
  urgent?: boolean;
  deeds?: { deed: string; state: string }[];
  turns?: { text: string }[];
  expect?: { urgent?: boolean };
}

/** Round tables say `urgent`; the held-out table says which deeds are in which state; scenario sets give a first turn. */
function table(file: string, urgentDeeds: readonly string[]): Item[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Row[];
  return raw.map((x) => ({
    text: x.turns?.[0]?.text ?? x.text ?? '',
    urgent: x.urgent ?? x.expect?.urgent ?? (x.deeds ?? []).some((d) => d.state === 'done' && urgentDeeds.includes(d.deed)),
  }));
}

/** λ as bench/svm-baseline.ts picks it. */
const SVM_LAMBDA = 3e-5;
export const ourSeed = (k: number) => 7 + 101 * k;
export const svmSeed = (k: number) => SEED + 101 * k;

export interface BlindSet {
  name: string;
  /** held: never looked at; dev: its misses were read for classes of failure. */
  part: 'held' | 'dev';
  items: Item[];
  /** Each message as our reader gets it (normalised, repaired, lexicon hits) and as the SVM does. */
  ours: ReturnType<typeof readableText>[];
  svm: string[];
}

const ROUNDS = ['round3', 'round4', 'round5', 'round6', 'round8', 'round10'];

export function deedBench() {
  const content = loadContent('.');
  const policy = donePolicy(content.policy);
  const segmenter = new Segmenter(LexiconMatcher.terms(content.lexicons));
  const matcher = new LexiconMatcher(content.lexicons);
  const homophones = NluEngine.homophones(content, segmenter);
  const svmInput = (text: string) => homophones.repair(normalise(text).text);
  const sets: BlindSet[] = [
    { name: 'held-out table', part: 'held' as const, file: 'test/heldout/deeds.json' },
    ...ROUNDS.map((r) => ({ name: `${r} held`, part: 'held' as const, file: `test/heldout/${r}/deeds-held.json` })),
    { name: 'dev-urgent', part: 'dev' as const, file: '../shared/eval/dev-urgent.json' },
    ...ROUNDS.map((r) => ({ name: `${r} dev`, part: 'dev' as const, file: `test/heldout/${r}/deeds-dev.json` })),
  ]
    .filter((s) => existsSync(s.file))
    .map((s) => {
      const items = table(s.file, policy.urgentDeeds);
      return { name: s.name, part: s.part, items, ours: items.map((it) => readableText(it.text, homophones, matcher)), svm: items.map((it) => svmInput(it.text)) };
    });
  const svmExamples: Example[] = [...content.deedExamples, ...NluEngine.deedNegatives(content)];
  const svmGrams = svmExamples.map((e) => charNgrams(svmInput(e.text)));
  /** Both readers trained with the k-th seed of each, reading every message of a set. */
  const trainPair = (k: number): { ours: (s: BlindSet) => DeedRead[]; svm: (s: BlindSet) => DeedRead[] } => {
    const reader = NluEngine.trainDeeds(content, content.deedExamples, segmenter, matcher, homophones, ourSeed(k));
    const svm = SvmDeedReader.train(svmExamples, svmGrams, content.deeds.deeds.map((d) => d.id), policy.urgentDeeds, { lambda: SVM_LAMBDA, epochs: 15, seed: svmSeed(k) });
    return { ours: (s) => s.ours.map((p) => reader.read(p.text, p.matches)), svm: (s) => s.svm.map((t) => svm.read(t)) };
  };
  return { policy, sets, trainPair };
}
