/**
 * `npm run nlu -- eval [--folds K]`: held-out and k-fold evaluation of the intent and scam-type
 * classifiers over intents/, written to reports/nlu-eval.{json,md}.
 * `npm run nlu -- fit-urgent`: fits intents/urgent-decision.yaml on cross-validated deed readings.
 * `npm run nlu -- export`: every training example as JSON lines {text, intent, scamType, lang}.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import type { UrgentDecisionFile } from '../content/schemas.js';
import { deedFolds, donePolicy, formatDeedScore, goneProbability, scoreDeeds, somethingGone, type DeedGold, type DeedRead } from '../nlu/deed-eval.js';
import { fitUrgentDecision } from '../nlu/urgent-decision.js';
import { formatFlagScore, scoreFlags, type FlagGold } from '../nlu/flag-eval.js';
import { loadContent } from '../content/load.js';
import { NluEngine, readableText, trainingData } from '../nlu/engine.js';
import { crossValidate, formatReport } from '../nlu/evaluate.js';
import { languageMix } from '../nlu/language.js';
import { LexiconMatcher } from '../nlu/lexicon.js';
import { normalise } from '../nlu/normalize.js';
import { Segmenter } from '../nlu/tokenize.js';

// `npm run nlu -- export | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const [command = 'eval', ...rest] = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 && rest[i + 1] ? rest[i + 1]! : fallback;
};
const content = loadContent(process.env.CONTENT_DIR ?? '.');

if (command === 'export') {
  for (const d of trainingData(content)) {
    process.stdout.write(`${JSON.stringify({ text: d.text, intent: d.intent, scamType: d.scamType, lang: languageMix(normalise(d.text).text) })}\n`);
  }
} else if (command === 'eval') {
  const folds = Number(flag('folds', '5'));
  const out = flag('out', 'reports');
  const segmenter = new Segmenter(LexiconMatcher.terms(content.lexicons));
  const data = trainingData(content);
  const { intent, scamType } = NluEngine.featurise(content, segmenter);
  const withText = <T extends { tokens: string[]; label: string }>(xs: T[], texts: string[]) => xs.map((x, i) => ({ ...x, text: texts[i]! }));
  const intentData = withText(intent, data.map((d) => d.text));
  const scamTexts = data.filter((d) => d.intent === 'describe_call' || d.scamType !== null).map((d) => d.text);
  const scamData = withText(scamType, scamTexts);

  const t0 = performance.now();
  const deedReport = evaluateDeeds(folds);
  const flagReport = evaluateFlags();
  if (rest.includes('--deeds-only')) {
    for (const line of [...deedReport.summary, ...flagReport.summary]) console.log(line);
    process.exit(0);
  }
  const heldOut = crossValidate(intentData, folds, 0);
  const kfold = crossValidate(intentData, folds);
  const scam = crossValidate(scamData, folds);
  const ms = Math.round(performance.now() - t0);

  const byLang: Record<string, number> = {};
  for (const d of data) byLang[languageMix(normalise(d.text).text)] = (byLang[languageMix(normalise(d.text).text)] ?? 0) + 1;
  const report = { content: content.hash, examples: data.length, byLanguage: byLang, intent: { heldOut, kfold }, scamType: scam, deeds: deedReport.json, flags: flagReport.json };
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/nlu-eval.json`, JSON.stringify(report, null, 2));
  const md = [
    `# NLU evaluation (content ${content.hash})`,
    '',
    `${data.length} training examples: ${Object.entries(byLang).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    '',
    ...deedReport.md,
    ...flagReport.md,
    formatReport(`Intents, held-out split (1 of ${folds} folds)`, heldOut),
    formatReport(`Intents, ${folds}-fold cross-validation`, kfold),
    formatReport(`Scam types (describe_call examples), ${folds}-fold cross-validation`, scam),
  ].join('\n');
  writeFileSync(`${out}/nlu-eval.md`, md);
  console.log(`intents: held-out accuracy ${heldOut.accuracy}, macro-F1 ${heldOut.macroF1}`);
  console.log(`intents: ${folds}-fold accuracy ${kfold.accuracy}, macro-F1 ${kfold.macroF1}, calibration error ${kfold.ece}`);
  console.log(`scam types: ${folds}-fold accuracy ${scam.accuracy}, macro-F1 ${scam.macroF1}`);
  for (const line of deedReport.summary) console.log(line);
  for (const line of flagReport.summary) console.log(line);
  console.log(`(${ms} ms) report: ${out}/nlu-eval.md, ${out}/nlu-eval.json`);
} else if (command === 'fit-urgent') {
  // Fitted on readings of examples the deed models did not train on: what the bot meets.
  const folds = Number(flag('folds', '5'));
  const l2 = Number(flag('l2', String(content.urgentDecision.l2)));
  const t0 = performance.now();
  const policy = donePolicy(content);
  const reads = crossValidatedReads(folds);
  const gold = content.deedExamples.map((e) => somethingGone(e, policy.urgentDeeds));
  const model = fitUrgentDecision(reads, gold, policy.urgentDeeds, policy.decision.spec, l2);
  const file: UrgentDecisionFile = {
    description:
      'Generated by `npm run nlu -- fit-urgent` (do not edit): the weights of the layer that reads "something urgent is already gone" off the deed models (src/nlu/urgent-decision.ts), fitted on their cross-validated readings of intents/deed-examples. Refit after changing the deed examples, intents/deeds.yaml, the lexicons or the deed reader; `npm run validate` warns when the fit is stale. The threshold is dialogs/policy.yaml thresholds.urgentDecision.',
    fittedOn: NluEngine.trainingKeys(content).deeds,
    examples: reads.length,
    folds,
    l2,
    bias: model.bias,
    weights: model.weights,
  };
  writeFileSync('intents/urgent-decision.yaml', dump(file, { lineWidth: 100, sortKeys: false }));
  console.log(`intents/urgent-decision.yaml: fitted on ${reads.length} cross-validated readings (${Math.round((performance.now() - t0) / 1000)} s)`);
} else {
  console.error('usage: npm run nlu -- eval [--folds K] [--out DIR] [--deeds-only] | fit-urgent [--folds K] [--l2 X] | export');
  process.exit(2);
}

/** Each deed example read by deed models trained on the other folds: what the fitted layer learns from. */
function crossValidatedReads(folds: number): DeedRead[] {
  const segmenter = new Segmenter(LexiconMatcher.terms(content.lexicons));
  const matcher = new LexiconMatcher(content.lexicons);
  const homophones = NluEngine.homophones(content, segmenter);
  const ex = content.deedExamples;
  const fold = deedFolds(content.deedExamples, folds);
  const reads: DeedRead[] = new Array<DeedRead>(ex.length);
  for (let k = 0; k < folds; k++) {
    const model = NluEngine.trainDeeds(content, ex.filter((_, i) => fold[i] !== k), segmenter, matcher, homophones);
    ex.forEach((e, i) => {
      if (fold[i] !== k) return;
      const p = readableText(e.text, homophones, matcher);
      reads[i] = model.read(p.text, p.matches);
    });
  }
  return reads;
}

/** Held-out sets, written blind to the code and never tuned on (test/heldout/README.md). */
function readHeldOut<T>(file: string): T[] | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : undefined;
}

/** The deed model: k-fold over intents/deed-examples, then the held-out table, with the bot's own rule. */
function evaluateDeeds(folds: number): { json: unknown; md: string[]; summary: string[] } {
  const segmenter = new Segmenter(LexiconMatcher.terms(content.lexicons));
  const matcher = new LexiconMatcher(content.lexicons);
  const homophones = NluEngine.homophones(content, segmenter);
  const policy = donePolicy(content);
  const deeds = content.deeds.deeds.map((d) => d.id);
  const prep = (raw: string) => readableText(raw, homophones, matcher);
  const ex = content.deedExamples;
  const urgentGold = ex.map((e) => somethingGone(e, policy.urgentDeeds));
  const rates = (got: readonly boolean[]) => {
    const positives = urgentGold.filter(Boolean).length;
    const caught = got.filter((g, i) => g && urgentGold[i]).length;
    const falseUrgent = got.filter((g, i) => g && !urgentGold[i]).length;
    return { recall: Math.round((1000 * caught) / positives) / 1000, falseUrgent: Math.round((1000 * falseUrgent) / (ex.length - positives)) / 1000 };
  };
  const cvReads = crossValidatedReads(folds);
  // The fitted layer learnt from these very readings: scored on them, it flatters itself. Each
  // fold's readings are scored with a layer fitted on the other folds' readings instead.
  const fold = deedFolds(content.deedExamples, folds);
  const cvUrgent = new Array<boolean>(ex.length);
  for (let k = 0; k < folds; k++) {
    const rest = ex.map((_, i) => i).filter((i) => fold[i] !== k);
    const layer = fitUrgentDecision(rest.map((i) => cvReads[i]!), rest.map((i) => urgentGold[i]!), policy.urgentDeeds, policy.decision.spec, content.urgentDecision.l2);
    ex.forEach((_, i) => {
      if (fold[i] === k) cvUrgent[i] = goneProbability(cvReads[i]!, { ...policy, decision: { ...policy.decision, model: layer } }) >= policy.decision.threshold;
    });
  }
  const cv = scoreDeeds(ex, cvReads, policy, deeds);
  const outOfFold = rates(cvUrgent);
  cv.urgent = { ...cv.urgent, recall: outOfFold.recall, falseUrgent: outOfFold.falseUrgent };
  // The same readings at other thresholds: what an operator trades by moving urgentDecision.
  const sweep = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((u) => {
    const r = rates(cvReads.map((read) => goneProbability(read, policy) >= u));
    return { urgentDecision: u, recall: r.recall, falseUrgent: r.falseUrgent };
  });
  const md = [formatDeedScore(`Deeds, ${folds}-fold cross-validation over intents/deed-examples`, cv)];
  md.push('urgentDecision sweep (cross-validated readings, the committed fit): ' + sweep.map((x) => `${x.urgentDecision} → recall ${x.recall} / false ${x.falseUrgent}`).join('; '), '');
  const summary = [`deeds: ${folds}-fold urgent recall ${cv.urgent.recall}, false urgent ${cv.urgent.falseUrgent} (${ex.length} examples)`];
  const json: Record<string, unknown> = { crossValidation: { ...cv, urgent: { ...cv.urgent, missed: undefined, falseAlarms: undefined } }, sweep };
  const held = readHeldOut<{ text: string; deeds: { deed: string; state: string }[] }>('test/heldout/deeds.json');
  if (held) {
    const model = NluEngine.trainDeeds(content, ex, segmenter, matcher, homophones);
    const gold: DeedGold[] = held.map((h) => ({
      text: h.text,
      deeds: Object.fromEntries(h.deeds.filter((d) => d.state !== 'none' && deeds.includes(d.deed)).map((d) => [d.deed, d.state])) as DeedGold['deeds'],
    }));
    const reads = gold.map((g) => {
      const p = prep(g.text);
      return model.read(p.text, p.matches);
    });
    const s = scoreDeeds(gold, reads, policy, deeds);
    md.push(formatDeedScore('Deeds, held-out table (test/heldout/deeds.json, written blind, never tuned on)', s));
    summary.push(`deeds: held-out urgent recall ${s.urgent.recall}, false urgent ${s.urgent.falseUrgent} (${s.urgent.positives} gone, ${s.urgent.negatives} near-misses)`);
    json.heldOut = { ...s, urgent: { ...s.urgent, missed: undefined, falseAlarms: undefined } };
  }
  return { json, md, summary };
}

/** Red flags stated, per flag, on the held-out flag table: the lexicons after homophone repair. */
function evaluateFlags(): { json: unknown; md: string[]; summary: string[] } {
  const held = readHeldOut<FlagGold>('test/heldout/flags.json');
  if (!held) return { json: null, md: [], summary: [] };
  const engine = NluEngine.create(content, { threshold: 0 });
  const predicted = held.map((h) => engine.recognize(h.text).matches.map((m) => m.key));
  const s = scoreFlags(held, predicted);
  return {
    json: s,
    md: [formatFlagScore('Red flags, held-out table (test/heldout/flags.json, written blind, never tuned on)', s)],
    summary: [`red flags: held-out micro precision ${s.micro.precision}, recall ${s.micro.recall}, messages with a false alarming flag ${s.falseAlarmingMessages}`],
  };
}
