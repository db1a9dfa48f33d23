import { join } from 'node:path';
import { readCache, sourceFingerprint, writeCache } from '../util/cache-file.js';
import type { Content } from '../content/load.js';
import type { Lang } from '../content/ids.js';
import { TextClassifier, type Featurised, type Prediction } from './classifier.js';
import { extractEntities, type Entities } from './entities.js';
import { detectLanguage } from './language.js';
import { LexiconMatcher, type LexMatch } from './lexicon.js';
import { normalise } from './normalize.js';
import type { SoftmaxModel } from './softmax.js';
import { Segmenter } from './tokenize.js';

const NO_SCAM_TYPE = 'none';

/**
 * Classifier features: words and characters, plus what the lexicons found — "a `given` phrase,
 * negated" separates "没给他" from "给了他" better than words alone.
 */
export function features(segmenter: Segmenter, text: string, matches: readonly LexMatch[]): string[] {
  const tokens = segmenter.features(text);
  for (const m of matches) {
    tokens.push(`lc:${m.category}${m.negated ? ':neg' : ''}${m.questioned ? ':q' : ''}`, `lk:${m.key}`);
  }
  return tokens;
}

export interface Recognition {
  /** Normalised text (never logged above debug: it may hold personal data). */
  text: string;
  truncated: boolean;
  lang: Lang | undefined;
  /** Top intent at or above the fallback threshold, else null. */
  intent: string | null;
  /** The classifier's top intent and calibrated confidence, whatever the threshold. */
  topIntent: string;
  confidence: number;
  intents: { label: string; value: number }[];
  /** The scam family the wording resembles, with confidence; null for "none". */
  scamTypeGuess: { id: string; confidence: number } | null;
  /** Lexicon hits that state a fact: not negated, and for `given`, not asked about. */
  matches: LexMatch[];
  /** Every lexicon hit, including negated and questioned ones. */
  allMatches: LexMatch[];
  entities: Entities;
}

export interface NluOptions {
  threshold: number;
  cacheDir?: string | undefined;
  log?: (msg: string) => void;
}

export function trainingData(content: Content): { text: string; intent: string; scamType: string | null }[] {
  return content.training.flatMap((f) =>
    f.examples.map((ex) =>
      typeof ex === 'string'
        ? { text: ex, intent: f.intent, scamType: null }
        : { text: ex.text, intent: f.intent, scamType: ex.scamType ?? null },
    ),
  );
}

interface Models {
  intent: SoftmaxModel;
  scamType: SoftmaxModel;
}

export class NluEngine {
  private constructor(
    readonly segmenter: Segmenter,
    readonly matcher: LexiconMatcher,
    readonly intentModel: TextClassifier,
    readonly scamTypeModel: TextClassifier,
    private readonly threshold: number,
  ) {}

  /** Builds the engine: the models come from the cache when the content is unchanged. */
  static create(content: Content, opts: NluOptions): NluEngine {
    const segmenter = new Segmenter(LexiconMatcher.terms(content.lexicons));
    const matcher = new LexiconMatcher(content.lexicons);
    // Keyed by the content and by this folder's code (features, model): either changing retrains.
    const cacheFile = opts.cacheDir ? join(opts.cacheDir, `nlu-${content.hash}-${sourceFingerprint(import.meta.url)}.json`) : undefined;
    let models = cacheFile ? readCache<Models>(cacheFile) : undefined;
    if (!models) {
      const { intent, scamType } = NluEngine.featurise(content, segmenter, matcher);
      models = {
        intent: TextClassifier.trainCalibrated(intent).toModel(),
        scamType: TextClassifier.trainCalibrated(scamType).toModel(),
      };
      const failed = cacheFile ? writeCache(cacheFile, 'nlu-', models) : undefined;
      if (failed) opts.log?.(`NLU cache not written: ${failed.message}`);
    }
    return new NluEngine(segmenter, matcher, TextClassifier.fromModel(models.intent), TextClassifier.fromModel(models.scamType), opts.threshold);
  }

  static featurise(content: Content, segmenter: Segmenter, matcher = new LexiconMatcher(content.lexicons)): { intent: Featurised[]; scamType: Featurised[] } {
    const data = trainingData(content);
    const texts = data.map((d) => normalise(d.text).text);
    const feats = texts.map((text) => features(segmenter, text, matcher.match(text)));
    return {
      intent: data.map((d, i) => ({ tokens: [...feats[i]!, ...segmenter.shapeFeatures(texts[i]!)], label: d.intent })),
      scamType: data
        .map((d, i) => ({ d, tokens: feats[i]! }))
        .filter(({ d }) => d.intent === 'describe_call' || d.scamType !== null)
        .map(({ d, tokens }) => ({ tokens, label: d.scamType ?? NO_SCAM_TYPE })),
    };
  }

  /** Both classifiers on normalised text and its lexicon hits: the classification step alone. */
  classify(text: string, matches: readonly LexMatch[]): { tokens: string[]; intent: Prediction; scamType: Prediction } {
    const tokens = features(this.segmenter, text, matches);
    return {
      tokens,
      intent: this.intentModel.predict([...tokens, ...this.segmenter.shapeFeatures(text)]),
      scamType: this.scamTypeModel.predict(tokens),
    };
  }

  /** Never throws: any string, however long or strange, gets a result. */
  recognize(raw: string): Recognition {
    const { text, truncated } = normalise(typeof raw === 'string' ? raw : '');
    const allMatches = this.matcher.match(text);
    const { tokens, intent: intentPred, scamType: scamPred } = this.classify(text, allMatches);
    const hasContent = tokens.length > 0;
    return {
      text,
      truncated,
      lang: detectLanguage(text),
      intent: hasContent && intentPred.confidence >= this.threshold ? intentPred.label : null,
      topIntent: intentPred.label,
      confidence: hasContent ? intentPred.confidence : 0,
      intents: intentPred.ranking,
      scamTypeGuess: hasContent && scamPred.label !== NO_SCAM_TYPE ? { id: scamPred.label, confidence: scamPred.confidence } : null,
      // A question only undoes a claim that something was done ("要发给他吗" is not "sent").
      matches: allMatches.filter((m) => !m.negated && !(m.questioned && m.category === 'given')),
      allMatches,
      entities: extractEntities(text),
    };
  }
}
