import type { DeedRead } from './deed-eval.js';

/**
 * "Is something urgent already gone?" as one fitted logistic layer over what the deed models
 * read, instead of hand-set thresholds on two of their numbers. The models give several views of
 * the same words (the deed's own state, the whole message's "gone", how surely a deed is
 * mentioned, the state cues around it) and each errs in its own place; the weights of these
 * views are fitted on cross-validated readings of intents/deed-examples (`npm run nlu --
 * fit-urgent`), so what the views are worth is measured, not guessed.
 */

/** The views of one message. Each is in [0, 1]; pairs let the "gone" view count more or less beside a state or a cue. */
export interface UrgentFeatureSpec {
  /** Cue names (intents/deeds.yaml stateCues) each give a flag and a flag × "gone". */
  cues: readonly string[];
}

const OTHER_STATES: ReadonlySet<string> = new Set(['refused', 'about', 'asked', 'stopped', 'other_person']);

export function featureNames(spec: UrgentFeatureSpec): string[] {
  return [
    'gone',
    'done',
    'requested',
    'otherState',
    'mention',
    'pDone',
    'phrase',
    'gone*done',
    'gone*pDone',
    'gone*requested',
    'gone*otherState',
    ...spec.cues.flatMap((c) => [`cue.${c}`, `cue.${c}*gone`, `cue.${c}*done`]),
  ];
}

/** The features of one reading, in featureNames' order. */
export function urgentFeatures(read: DeedRead, urgentDeeds: readonly string[], spec: UrgentFeatureSpec): number[] {
  let done = 0;
  let requested = 0;
  let other = 0;
  let mention = 0;
  let pDone = 0;
  let phrase = 0;
  for (const r of read.deeds) {
    if (!urgentDeeds.includes(r.deed)) continue;
    // A state read of a deed hardly mentioned is worth as little as the mention.
    const sure = r.confidence * Math.min(1, r.mention * 1.5);
    if (r.state === 'done') done = Math.max(done, sure);
    else if (r.state === 'requested') requested = Math.max(requested, sure);
    else if (OTHER_STATES.has(r.state)) other = Math.max(other, sure);
    mention = Math.max(mention, r.mention);
    pDone = Math.max(pDone, (r.pDone ?? (r.state === 'done' ? r.confidence : 0)) * Math.min(1, r.mention * 1.5));
    if (r.phrase && r.state === 'done') phrase = 1;
  }
  const g = read.gone;
  const cues = new Set(read.cues ?? []);
  return [
    g,
    done,
    requested,
    other,
    mention,
    pDone,
    phrase,
    g * done,
    g * pDone,
    g * requested,
    g * other,
    ...spec.cues.flatMap((c) => {
      const on = cues.has(c) ? 1 : 0;
      return [on, on * g, on * done];
    }),
  ];
}

/** Fitted weights by feature name, and a bias: intents/urgent-decision.yaml. */
export interface UrgentDecisionModel {
  bias: number;
  weights: Record<string, number>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that something urgent is gone, by the fitted layer. */
export function urgentProbability(read: DeedRead, urgentDeeds: readonly string[], spec: UrgentFeatureSpec, model: UrgentDecisionModel): number {
  const names = featureNames(spec);
  const x = urgentFeatures(read, urgentDeeds, spec);
  let z = model.bias;
  names.forEach((n, i) => (z += (model.weights[n] ?? 0) * x[i]!));
  return sigmoid(z);
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS): a handful of features and a few
 * thousand rows, so the exact solution in ~10 steps, the same on every machine, no learning rate
 * to pick. The bias is not regularised.
 */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[], l2 = 1): { bias: number; weights: number[] } {
  const d = (rows[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  const xs = rows.map((r) => [1, ...r]);
  for (let step = 0; step < 50; step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x, n) => {
      const p = sigmoid(x.reduce((s, v, i) => s + v * w[i]!, 0));
      const err = (labels[n] ? 1 : 0) - p;
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        grad[i]! += err * x[i]!;
        for (let j = 0; j < d; j++) hess[i]![j]! += s * x[i]! * x[j]!;
      }
    });
    for (let i = 1; i < d; i++) {
      grad[i]! -= l2 * w[i]!;
      hess[i]![i]! += l2;
    }
    const delta = solve(hess, grad);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      w[i]! += delta[i]!;
      moved = Math.max(moved, Math.abs(delta[i]!));
    }
    if (moved < 1e-7) break;
  }
  return { bias: w[0]!, weights: w.slice(1) };
}

/** Gaussian elimination with partial pivoting: a·x = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** Fits the layer on readings and whether each message really has something urgent gone. */
export function fitUrgentDecision(reads: readonly DeedRead[], urgent: readonly boolean[], urgentDeeds: readonly string[], spec: UrgentFeatureSpec, l2 = 1): UrgentDecisionModel {
  const names = featureNames(spec);
  const fit = fitLogistic(
    reads.map((r) => urgentFeatures(r, urgentDeeds, spec)),
    urgent,
    l2,
  );
  return { bias: round(fit.bias), weights: Object.fromEntries(names.map((n, i) => [n, round(fit.weights[i]!)])) };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
