/**
 * The SVM peer's model: TF-IDF over character n-grams and one-vs-rest linear SVMs (Pegasos), read
 * out as DeedReads. Used by bench/svm-baseline.ts (the peer's figures) and by experiments beside it.
 */
import type { DeedState } from '../src/content/ids.js';
import type { DeedRead, DeedReading } from '../src/nlu/deed-eval.js';
import { prng } from '../src/nlu/softmax.js';

export const SEED = 20240611;
export const NGRAM_MIN = 1;
export const NGRAM_MAX = 3;

export interface SvmParams {
  lambda: number;
  epochs: number;
  /** The shuffle's base seed (default SEED). */
  seed?: number;
}

interface SparseVec {
  idx: Int32Array;
  val: Float64Array;
}

export interface Example {
  text: string;
  deeds: Record<string, DeedState>;
}


/** mulberry32, as our model uses: every run, and every fold, trains the same models. */
const rng = prng;

/** Each model gets its own stream, so adding a deed does not reshuffle the others' training. */
function seedFor(name: string, base = SEED): number {
  let h = base >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** Character n-gram counts over code points, so a Chinese character is never split. */
export function charNgrams(text: string): Map<string, number> {
  const chars = Array.from(text);
  const counts = new Map<string, number>();
  for (let n = NGRAM_MIN; n <= NGRAM_MAX; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const g = chars.slice(i, i + n).join('');
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * TF-IDF fitted on the training messages of one fold only: n-grams first seen in a test message
 * are dropped, as a fitted vectoriser would. Sublinear tf, smoothed idf and L2 rows, the choices
 * most users leave on.
 */
export class Tfidf {
  private readonly index = new Map<string, number>();
  private readonly idf: number[] = [];

  constructor(docs: readonly Map<string, number>[]) {
    const df = new Map<string, number>();
    for (const d of docs) for (const g of d.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    // Sorted so feature indices, and hence float summation order, do not depend on Map history.
    for (const g of [...df.keys()].sort()) {
      this.index.set(g, this.idf.length);
      this.idf.push(Math.log((1 + docs.length) / (1 + df.get(g)!)) + 1);
    }
  }

  get size(): number {
    return this.index.size;
  }

  transform(counts: Map<string, number>): SparseVec {
    const pairs: [number, number][] = [];
    for (const [g, c] of counts) {
      const j = this.index.get(g);
      if (j !== undefined) pairs.push([j, (1 + Math.log(c)) * this.idf[j]!]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(pairs.reduce((s, [, v]) => s + v * v, 0)) || 1;
    return { idx: Int32Array.from(pairs, (p) => p[0]), val: Float64Array.from(pairs, (p) => p[1] / norm) };
  }
}

/** The message's n-grams plus one indicator saying which deed the state is asked about. */
function withFeature(x: SparseVec, j: number): SparseVec {
  const idx = new Int32Array(x.idx.length + 1);
  const val = new Float64Array(x.val.length + 1);
  idx.set(x.idx);
  val.set(x.val);
  idx[x.idx.length] = j;
  val[x.val.length] = 1;
  return { idx, val };
}

/**
 * A binary linear SVM by Pegasos (Shalev-Shwartz et al. 2007): hinge loss, L2, step 1/(lambda t),
 * projection onto the ball of radius 1/sqrt(lambda). The weights are kept as scale * v so the
 * shrink of every step costs O(1) rather than O(dimension). The bias is one more weight on a
 * constant feature: regularising it too is what LinearSVC does, and at these lambdas it hardly
 * matters.
 */
export class LinearSvm {
  private constructor(private readonly w: Float64Array) {}

  static train(xs: readonly SparseVec[], ys: readonly number[], dim: number, p: SvmParams, seed: number): LinearSvm {
    const bias = dim;
    const v = new Float64Array(dim + 1);
    let scale = 1;
    let norm2 = 0;
    let t = 0;
    const next = rng(seed);
    const order = xs.map((_, i) => i);
    const radius2 = 1 / p.lambda;
    for (let e = 0; e < p.epochs; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const i of order) {
        const x = xs[i]!;
        const y = ys[i]!;
        t++;
        const eta = 1 / (p.lambda * t);
        let dot = v[bias]!;
        for (let k = 0; k < x.idx.length; k++) dot += v[x.idx[k]!]! * x.val[k]!;
        const violated = y * scale * dot < 1;
        const shrink = 1 - eta * p.lambda;
        if (shrink <= 0) {
          // The first step wipes w exactly (1 - 1/t at t = 1): restart from zero, not scale 0.
          v.fill(0);
          scale = 1;
          norm2 = 0;
          dot = 0;
        } else {
          scale *= shrink;
          norm2 *= shrink * shrink;
        }
        if (violated) {
          const c = (eta * y) / scale;
          let xx = 1;
          for (let k = 0; k < x.idx.length; k++) {
            v[x.idx[k]!]! += c * x.val[k]!;
            xx += x.val[k]! * x.val[k]!;
          }
          v[bias]! += c;
          norm2 += 2 * eta * y * scale * dot + eta * eta * xx;
        }
        if (norm2 > radius2) {
          const f = Math.sqrt(radius2 / norm2);
          scale *= f;
          norm2 = radius2;
        }
        if (scale < 1e-9) {
          // Fold the scale back in before it underflows.
          for (let k = 0; k < v.length; k++) v[k]! *= scale;
          scale = 1;
        }
      }
    }
    for (let k = 0; k < v.length; k++) v[k]! *= scale;
    return new LinearSvm(v);
  }

  margin(x: SparseVec): number {
    let s = this.w[this.w.length - 1]!;
    for (let k = 0; k < x.idx.length; k++) {
      const j = x.idx[k]!;
      // Deed indicators and n-grams of a later vocabulary lie past a model that never saw them.
      if (j < this.w.length - 1) s += this.w[j]! * x.val[k]!;
    }
    return s;
  }
}

/** Platt-like squashing with a fixed slope: margin ±1 (the hinge's edge) reads as 0.88 / 0.12. */
export const squash = (m: number) => 1 / (1 + Math.exp(-2 * m));

function softmax(xs: readonly number[]): number[] {
  const top = Math.max(...xs);
  const ex = xs.map((x) => Math.exp(x - top));
  const sum = ex.reduce((a, b) => a + b, 0);
  return ex.map((e) => e / sum);
}

/** The SVM baseline as a deed reader: per-deed mention SVMs, one shared state SVM set, a "gone" SVM. */
export class SvmDeedReader {
  private constructor(
    private readonly tfidf: Tfidf,
    private readonly deedFeature: Map<string, number>,
    private readonly mention: Map<string, LinearSvm>,
    private readonly states: { state: DeedState; svm: LinearSvm }[],
    private readonly gone: LinearSvm,
  ) {}

  static train(examples: readonly Example[], grams: readonly Map<string, number>[], deeds: readonly string[], urgent: readonly string[], p: SvmParams): SvmDeedReader {
    const tfidf = new Tfidf(grams);
    const xs = grams.map((g) => tfidf.transform(g));
    const deedFeature = new Map(deeds.map((d, i) => [d, tfidf.size + i]));
    const dim = tfidf.size + deeds.length;
    const mention = new Map<string, LinearSvm>();
    for (const d of deeds) {
      const ys = examples.map((ex) => (ex.deeds[d] ? 1 : -1));
      // As DeedReader: a deed no example mentions gets no model and is never read.
      if (ys.some((y) => y > 0)) mention.set(d, LinearSvm.train(xs, ys, dim, p, seedFor(`mention:${d}`, p.seed)));
    }
    const pairs = examples.flatMap((ex, i) => Object.entries(ex.deeds).map(([deed, state]) => ({ x: withFeature(xs[i]!, deedFeature.get(deed)!), state })));
    const labels = [...new Set(pairs.map((q) => q.state))].sort();
    const pairXs = pairs.map((q) => q.x);
    const states = labels.map((state) => ({ state, svm: LinearSvm.train(pairXs, pairs.map((q) => (q.state === state ? 1 : -1)), dim, p, seedFor(`state:${state}`, p.seed)) }));
    const goneYs = examples.map((ex) => (Object.entries(ex.deeds).some(([d, s]) => s === 'done' && urgent.includes(d)) ? 1 : -1));
    const gone = LinearSvm.train(xs, goneYs, dim, p, seedFor('gone', p.seed));
    return new SvmDeedReader(tfidf, deedFeature, mention, states, gone);
  }

  /** `text` is normalised and repaired, as DeedReader.read gets it. */
  read(text: string): DeedRead {
    if (text.trim() === '' || this.states.length === 0) return { deeds: [], gone: 0 };
    const x = this.tfidf.transform(charNgrams(text));
    const out: DeedReading[] = [];
    for (const [deed, svm] of this.mention) {
      const mention = squash(svm.margin(x));
      if (mention < 0.5) continue;
      const xd = withFeature(x, this.deedFeature.get(deed)!);
      const probs = softmax(this.states.map((s) => s.svm.margin(xd)));
      let best = 0;
      for (let k = 1; k < probs.length; k++) if (probs[k]! > probs[best]!) best = k;
      // The same views ours gives the fitted layer: the state's distribution as "done".
      const done = this.states.findIndex((s) => s.state === 'done');
      out.push({ deed, state: this.states[best]!.state, confidence: probs[best]!, mention, phrase: false, pDone: done >= 0 ? probs[done]! : 0 });
    }
    return { deeds: out, gone: squash(this.gone.margin(x)) };
  }
}

