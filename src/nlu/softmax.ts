import type { NaturalClassifierImpl } from './natural-parts.js';

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** Weights smaller than this change no prediction we measured; they are not kept in the cache. */
const PRUNE_BELOW = 0.01;

export const DEFAULT_SOFTMAX: SoftmaxOptions = { epochs: 30, learningRate: 1, l2: 1e-5, seed: 7 };

/**
 * Feature names mapped to ids. The models read from one cache share one index: a feature that
 * nine deed models know is one string and one Map entry, not nine (most of the vocabulary is in
 * most of the models).
 */
export class FeatureIndex {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  static of(names: Iterable<string>): FeatureIndex {
    const index = new FeatureIndex();
    for (const n of names) index.add(n);
    return index;
  }

  get size(): number {
    return this.names.length;
  }

  /** The id of `name`, added when new. */
  add(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  get(name: string): number | undefined {
    return this.ids.get(name);
  }
}

/** A trained model as plain data: JSON from `toModel`, or decoded from the binary cache (model-cache.ts). */
export interface SoftmaxModel {
  labels: string[];
  features: readonly string[];
  /** features.length × labels.length weights, one row per feature (a feature's weights for every label sit together in memory). */
  weights: ArrayLike<number>;
  bias: ArrayLike<number>;
  temperature: number;
  /** Decoded from the cache: `features` as ids into an index shared with the file's other models. */
  shared?: { index: FeatureIndex; ids: Int32Array };
}

/** Small deterministic PRNG (mulberry32): same content, same model, run after run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Multinomial logistic regression over sparse token features, plugged into natural's Classifier
 * as its learning core. natural's own Bayes and logistic classifiers turn each text into a dense
 * vector over the whole vocabulary (O(vocabulary) per call) and its Bayes multiplies raw
 * probabilities, which underflow to 0 on long messages; this one touches only the tokens present.
 */
export class SoftmaxRegression implements NaturalClassifierImpl {
  private examples: { tokens: string[]; label: string }[] = [];
  private labels: string[] = [];
  private index = new FeatureIndex();
  /** A feature id's row of weights, or -1; null when the index is this model's own (row = id). */
  private rowOf: Int32Array | null = null;
  /** Float64 while training; Float32 when read from the cache (half the memory, same predictions to ~1e-7). */
  private W: Float64Array | Float32Array = new Float64Array(0);
  private b: Float64Array | Float32Array = new Float64Array(0);
  temperature = 1;

  constructor(private readonly opts: SoftmaxOptions = DEFAULT_SOFTMAX) {}

  addExample(observation: unknown, label: string): void {
    this.examples.push({ tokens: observation as string[], label });
  }

  train(): void {
    const labelSet = [...new Set(this.examples.map((e) => e.label))].sort();
    this.labels = labelSet;
    const labelIdx = new Map(labelSet.map((l, i) => [l, i]));
    const features = [...new Set(this.examples.flatMap((e) => e.tokens))].sort();
    this.index = FeatureIndex.of(features);
    this.rowOf = null;
    const C = labelSet.length;
    const F = features.length;
    this.W = new Float64Array(C * F);
    this.b = new Float64Array(C);
    if (C < 2) return;

    const data = this.examples.map((e) => ({ x: this.encode(e.tokens), y: labelIdx.get(e.label)! }));
    // Balanced class weights: a big intent must not drown a small one (the target is macro-F1).
    const counts = new Array<number>(C).fill(0);
    for (const d of data) counts[d.y]!++;
    const classWeight = counts.map((n) => data.length / (C * Math.max(1, n)));

    const rand = prng(this.opts.seed);
    const order = data.map((_, i) => i);
    const probs = new Float64Array(C);
    const { epochs, learningRate, l2 } = this.opts;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const lr = learningRate / (1 + epoch * 0.1);
      for (const k of order) {
        const { x, y } = data[k]!;
        this.scores(x, probs, 1);
        const w = classWeight[y]!;
        for (let c = 0; c < C; c++) {
          const g = (probs[c]! - (c === y ? 1 : 0)) * w;
          if (g === 0) continue;
          for (let t = 0; t < x.idx.length; t++) {
            const f = x.idx[t]! * C + c;
            this.W[f] = this.W[f]! * (1 - lr * l2) - lr * g * x.val;
          }
          this.b[c] = this.b[c]! - lr * g;
        }
      }
    }
  }

  /** Raw scores (before temperature and softmax) of a text, for each of `labels`. */
  logits(tokens: readonly string[]): { labels: string[]; scores: number[] } {
    const probs = new Float64Array(this.labels.length);
    this.rawScores(this.encode(tokens), probs);
    return { labels: this.labels, scores: Array.from(probs) };
  }

  getClassifications(observation: unknown): { label: string; value: number }[] {
    const probs = new Float64Array(this.labels.length);
    this.scores(this.encode(observation as string[]), probs, this.temperature);
    return this.labels.map((label, i) => ({ label, value: probs[i]! })).sort((a, b) => b.value - a.value);
  }

  classify(observation: unknown): string {
    return this.getClassifications(observation)[0]?.label ?? '';
  }

  /**
   * The model as plain JSON. Features whose every weight is below PRUNE_BELOW are left out: most
   * of the vocabulary (rare word pairs, one-off bigrams) carries almost nothing, and the cache it
   * would fill is read at every start.
   */
  toJSON(): SoftmaxModel {
    const C = this.labels.length;
    const features: string[] = [];
    const weights: number[] = [];
    this.index.names.forEach((f, id) => {
      const i = this.rowOf ? this.rowOf[id]! : id;
      if (i < 0) return;
      let keep = false;
      for (let c = 0; c < C; c++) if (Math.abs(this.W[i * C + c]!) >= PRUNE_BELOW) keep = true;
      if (!keep) return;
      features.push(f);
      for (let c = 0; c < C; c++) weights.push(Math.round(this.W[i * C + c]! * 1e4) / 1e4);
    });
    return { labels: this.labels, features, weights, bias: Array.from(this.b, (v) => Math.round(v * 1e4) / 1e4), temperature: this.temperature };
  }

  /** A model from plain data; one decoded from the cache keeps its typed arrays and shared index as they are. */
  static fromJSON(m: SoftmaxModel): SoftmaxRegression {
    const s = new SoftmaxRegression();
    s.labels = m.labels;
    if (m.shared) {
      s.index = m.shared.index;
      s.rowOf = new Int32Array(m.shared.index.size).fill(-1);
      m.shared.ids.forEach((id, row) => (s.rowOf![id] = row));
    } else {
      s.index = FeatureIndex.of(m.features);
      if (s.index.size !== m.features.length) throw new Error('a model lists a feature twice');
    }
    s.W = m.weights instanceof Float32Array || m.weights instanceof Float64Array ? m.weights : Float64Array.from(m.weights);
    s.b = m.bias instanceof Float32Array || m.bias instanceof Float64Array ? m.bias : Float64Array.from(m.bias);
    s.temperature = m.temperature;
    return s;
  }

  /** Known features of a text, as rows, each with the same L2-normalised value. */
  private encode(tokens: readonly string[]): { idx: number[]; val: number } {
    const idx = new Set<number>();
    for (const t of tokens) {
      const id = this.index.get(t);
      if (id === undefined) continue;
      const row = this.rowOf ? this.rowOf[id]! : id;
      if (row >= 0) idx.add(row);
    }
    return { idx: [...idx], val: idx.size > 0 ? 1 / Math.sqrt(idx.size) : 0 };
  }

  private rawScores(x: { idx: number[]; val: number }, out: Float64Array): void {
    const C = this.labels.length;
    for (let c = 0; c < C; c++) out[c] = this.b[c]!;
    // Feature-major weights: each present feature adds its label weights from one cache line.
    for (let t = 0; t < x.idx.length; t++) {
      const row = x.idx[t]! * C;
      for (let c = 0; c < C; c++) out[c] = out[c]! + this.W[row + c]! * x.val;
    }
  }

  private scores(x: { idx: number[]; val: number }, out: Float64Array, temperature: number): void {
    const C = this.labels.length;
    this.rawScores(x, out);
    let max = -Infinity;
    for (let c = 0; c < C; c++) {
      out[c] = out[c]! / temperature;
      if (out[c]! > max) max = out[c]!;
    }
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const e = Math.exp(out[c]! - max);
      out[c] = e;
      sum += e;
    }
    for (let c = 0; c < C; c++) out[c] = out[c]! / sum;
  }
}

/**
 * Temperature that makes held-out confidences honest: minimises the log loss of out-of-fold
 * scores (each scored by a model that never saw it). Grid search: one dimension, cheap.
 */
export function fitTemperature(heldOut: { scores: number[]; y: number }[]): number {
  if (heldOut.length === 0) return 1;
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.2; t <= 5; t += 0.05) {
    let loss = 0;
    for (const { scores, y } of heldOut) {
      const max = Math.max(...scores);
      let sum = 0;
      for (const s of scores) sum += Math.exp((s - max) / t);
      loss -= (scores[y]! - max) / t - Math.log(sum);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return Math.round(best * 100) / 100;
}
