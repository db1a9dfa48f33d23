import { NaturalClassifierBase, type NaturalClassifier } from './natural-parts.js';
import { DEFAULT_SOFTMAX, SoftmaxRegression, fitTemperature, type SoftmaxModel } from './softmax.js';

export interface Featurised {
  tokens: string[];
  label: string;
}

export interface Prediction {
  label: string;
  /** Calibrated probability of `label`. */
  confidence: number;
  ranking: { label: string; value: number }[];
}

/** A text classifier: natural's Classifier (documents, training loop) over our sparse core. */
export class TextClassifier {
  private constructor(
    private readonly natural: NaturalClassifier,
    private readonly core: SoftmaxRegression,
  ) {}

  private static wrap(core: SoftmaxRegression): TextClassifier {
    const natural = new NaturalClassifierBase(core);
    // Our features are already tokens: skip natural's dense vocabulary vector.
    natural.textToFeatures = (observation) => observation;
    return new TextClassifier(natural, core);
  }

  static train(data: readonly Featurised[], seed = DEFAULT_SOFTMAX.seed): TextClassifier {
    const c = TextClassifier.wrap(new SoftmaxRegression({ ...DEFAULT_SOFTMAX, seed }));
    for (const d of data) if (d.tokens.length > 0) c.natural.addDocument(d.tokens, d.label);
    c.natural.train();
    return c;
  }

  /**
   * Trains on everything, with a softmax temperature fitted on `folds`-fold out-of-fold scores
   * so that "confidence 0.8" is right about 80% of the time.
   */
  static trainCalibrated(data: readonly Featurised[], folds = 3, seed = DEFAULT_SOFTMAX.seed): TextClassifier {
    const final = TextClassifier.train(data, seed);
    const assignment = stratifiedFolds(data.map((d) => d.label), folds);
    const heldOut: { scores: number[]; y: number }[] = [];
    for (let k = 0; k < folds; k++) {
      const model = TextClassifier.train(data.filter((_, i) => assignment[i] !== k), seed);
      data.forEach((d, i) => {
        if (assignment[i] !== k) return;
        const { labels, scores } = model.core.logits(d.tokens);
        const y = labels.indexOf(d.label);
        if (y >= 0) heldOut.push({ scores, y });
      });
    }
    final.core.temperature = fitTemperature(heldOut);
    return final;
  }

  static fromModel(m: SoftmaxModel): TextClassifier {
    return TextClassifier.wrap(SoftmaxRegression.fromJSON(m));
  }

  toModel(): SoftmaxModel {
    return this.core.toJSON();
  }

  get temperature(): number {
    return this.core.temperature;
  }

  predict(tokens: readonly string[]): Prediction {
    const ranking = this.natural.getClassifications([...tokens]);
    const top = ranking[0];
    return { label: top?.label ?? '', confidence: top?.value ?? 0, ranking };
  }
}

/** Assigns each item to one of k folds, spreading every label evenly; deterministic. */
export function stratifiedFolds(labels: readonly string[], k: number): number[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = seen.get(l) ?? 0;
    seen.set(l, n + 1);
    return n % k;
  });
}
