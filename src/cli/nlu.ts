/**
 * `npm run nlu -- eval [--folds K]`: held-out and k-fold evaluation of the intent and scam-type
 * classifiers over intents/, written to reports/nlu-eval.{json,md}.
 * `npm run nlu -- export`: every training example as JSON lines {text, intent, scamType, lang}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadContent } from '../content/load.js';
import { NluEngine, trainingData } from '../nlu/engine.js';
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
  const heldOut = crossValidate(intentData, folds, 0);
  const kfold = crossValidate(intentData, folds);
  const scam = crossValidate(scamData, folds);
  const ms = Math.round(performance.now() - t0);

  const byLang: Record<string, number> = {};
  for (const d of data) byLang[languageMix(normalise(d.text).text)] = (byLang[languageMix(normalise(d.text).text)] ?? 0) + 1;
  const report = { content: content.hash, examples: data.length, byLanguage: byLang, intent: { heldOut, kfold }, scamType: scam };
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/nlu-eval.json`, JSON.stringify(report, null, 2));
  const md = [
    `# NLU evaluation (content ${content.hash})`,
    '',
    `${data.length} training examples: ${Object.entries(byLang).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    '',
    formatReport(`Intents, held-out split (1 of ${folds} folds)`, heldOut),
    formatReport(`Intents, ${folds}-fold cross-validation`, kfold),
    formatReport(`Scam types (describe_call examples), ${folds}-fold cross-validation`, scam),
  ].join('\n');
  writeFileSync(`${out}/nlu-eval.md`, md);
  console.log(`intents: held-out accuracy ${heldOut.accuracy}, macro-F1 ${heldOut.macroF1}`);
  console.log(`intents: ${folds}-fold accuracy ${kfold.accuracy}, macro-F1 ${kfold.macroF1}, calibration error ${kfold.ece}`);
  console.log(`scam types: ${folds}-fold accuracy ${scam.accuracy}, macro-F1 ${scam.macroF1}`);
  console.log(`(${ms} ms) report: ${out}/nlu-eval.md, ${out}/nlu-eval.json`);
} else {
  console.error('usage: npm run nlu -- eval [--folds K] [--out DIR] | export');
  process.exit(2);
}
