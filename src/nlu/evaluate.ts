import { TextClassifier, stratifiedFolds, type Featurised } from './classifier.js';

export interface PerLabel {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  folds: number;
  examples: number;
  accuracy: number;
  macroF1: number;
  /** Expected calibration error over 10 confidence bins: 0 is perfectly honest confidence. */
  ece: number;
  perLabel: PerLabel[];
  labels: string[];
  /** confusion[i][j]: examples of labels[i] predicted as labels[j]. */
  confusion: number[][];
  misclassified: { text: string; expected: string; predicted: string; confidence: number }[];
}

/**
 * k-fold cross-validation: every example is predicted by a model that never saw it. With
 * `onlyFold`, one held-out split (train on the other k-1 folds) instead of all k.
 */
export function crossValidate(
  data: readonly (Featurised & { text: string })[],
  folds: number,
  onlyFold?: number,
): EvalReport {
  const assignment = stratifiedFolds(data.map((d) => d.label), folds);
  const labels = [...new Set(data.map((d) => d.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  const misclassified: EvalReport['misclassified'] = [];
  const scored: { confidence: number; correct: boolean }[] = [];
  for (let k = 0; k < folds; k++) {
    if (onlyFold !== undefined && k !== onlyFold) continue;
    const model = TextClassifier.trainCalibrated(data.filter((_, i) => assignment[i] !== k));
    data.forEach((d, i) => {
      if (assignment[i] !== k) return;
      const p = model.predict(d.tokens);
      confusion[index.get(d.label)!]![index.get(p.label)!]!++;
      scored.push({ confidence: p.confidence, correct: p.label === d.label });
      if (p.label !== d.label) misclassified.push({ text: d.text, expected: d.label, predicted: p.label, confidence: round(p.confidence) });
    });
  }
  const perLabel = labels.map((label, i) => {
    const tp = confusion[i]![i]!;
    const support = confusion[i]!.reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, row) => a + row[i]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision: round(precision), recall: round(recall), f1: round(f1), support };
  });
  const evaluated = scored.length;
  const correct = scored.filter((s) => s.correct).length;
  const present = perLabel.filter((p) => p.support > 0);
  return {
    folds,
    examples: evaluated,
    accuracy: round(correct / Math.max(1, evaluated)),
    macroF1: round(present.reduce((a, p) => a + p.f1, 0) / Math.max(1, present.length)),
    ece: round(expectedCalibrationError(scored)),
    perLabel,
    labels,
    confusion,
    misclassified: misclassified.sort((a, b) => b.confidence - a.confidence),
  };
}

function expectedCalibrationError(scored: { confidence: number; correct: boolean }[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, correct: 0 }));
  for (const s of scored) {
    const b = bins[Math.min(9, Math.floor(s.confidence * 10))]!;
    b.n++;
    b.conf += s.confidence;
    b.correct += s.correct ? 1 : 0;
  }
  return bins.reduce((e, b) => e + (b.n ? (b.n / scored.length) * Math.abs(b.conf / b.n - b.correct / b.n) : 0), 0);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A readable report: the headline numbers, per-label table, confusion matrix, top errors. */
export function formatReport(title: string, r: EvalReport): string {
  const lines = [
    `## ${title}`,
    '',
    `${r.examples} examples, ${r.folds}-fold: accuracy ${r.accuracy}, macro-F1 ${r.macroF1}, calibration error ${r.ece}`,
    '',
    '| label | precision | recall | F1 | support |',
    '|---|---|---|---|---|',
    ...r.perLabel.map((p) => `| ${p.label} | ${p.precision} | ${p.recall} | ${p.f1} | ${p.support} |`),
    '',
    'Confusion matrix (rows: expected, columns: predicted):',
    '',
    `| | ${r.labels.map((_, i) => i).join(' | ')} |`,
    `|---|${r.labels.map(() => '---').join('|')}|`,
    ...r.labels.map((l, i) => `| ${i} ${l} | ${r.confusion[i]!.map((n) => (n ? String(n) : '.')).join(' | ')} |`),
    '',
    `Misclassified (${r.misclassified.length}, most confident first):`,
    '',
    ...r.misclassified.slice(0, 40).map((m) => `- ${m.expected} → ${m.predicted} (${m.confidence}): ${m.text}`),
    '',
  ];
  return lines.join('\n');
}
