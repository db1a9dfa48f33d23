import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { hasKeys, readBinaryCache, sourceFingerprint, writeCacheBytes } from '../util/cache-file.js';
import type { Content } from '../content/load.js';
import type { Lang } from '../content/ids.js';
import { TextClassifier, type Featurised, type Prediction } from './classifier.js';
import { DeedReader, type DeedModels, type DeedRead, type DeedReading } from './deeds.js';
import { readPlaceholders } from '../privacy/placeholders.js';
import { extractEntities, LINKS, type Entities } from './entities.js';
import { HomophoneRepair } from './homophones.js';
import { detectLanguage } from './language.js';
import { LexiconMatcher, type LexMatch } from './lexicon.js';
import { decodeModels, encodeModels, isSoftmaxModel as isSoftmax } from './model-cache.js';
import { isSimplified, isTraditional, normalise } from './normalize.js';
import type { SoftmaxModel } from './softmax.js';
import { Segmenter } from './tokenize.js';

const NO_SCAM_TYPE = 'none';
/** A caller's words relayed in quotes: 「…」, “…”, "…" of some length. */
const QUOTED = /(?:说|讲|道|问|称|講|話)\s?[:：,，]?\s?(?:「[^」]{6,}」?|“[^”]{10,}”|"[^"]{10,}")|(?:said|says|told me|asked)[:,]?\s*["'‘“][^\n]{10,}["'’”]/;
const QUOTED_ALL = new RegExp(QUOTED.source, 'g');

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

/** A message as every model reads it: normalised, homophones repaired, with its lexicon hits. */
export function readableText(raw: string, homophones: HomophoneRepair, matcher: LexiconMatcher): { text: string; matches: LexMatch[] } {
  const text = homophones.repair(normalise(raw).text);
  return { text, matches: matcher.match(text) };
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
  /** What the message says of each deed it mentions (money sent, a code given...). */
  deeds: DeedReading[];
  /** Probability, read from the whole message, that an urgent deed is already done. */
  gone: number;
  /** The deed state cues the message shows ("others", "hypothetical"…). */
  cues: string[];
  /** The writer speaks for a family member ("我妈把钱转了"). */
  family: boolean;
  /** The message was written in Traditional characters: replies follow. */
  traditional: boolean;
  /** The message has characters only Simplified writing uses (这, 说, 骗...). */
  simplified: boolean;
}

function isClassifiers(x: unknown): x is Classifiers {
  return hasKeys(x, ['intent', 'scamType']) && isSoftmax(x.intent) && isSoftmax(x.scamType);
}

function isDeedModels(d: unknown): d is DeedModels {
  if (!hasKeys(d, ['mention', 'state', 'gone']) || !isSoftmax(d.state) || !isSoftmax(d.gone)) return false;
  const mention = d.mention;
  return hasKeys(mention, []) && Object.values(mention).every(isSoftmax);
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

interface Classifiers {
  intent: SoftmaxModel;
  scamType: SoftmaxModel;
}

export class NluEngine {
  private constructor(
    readonly segmenter: Segmenter,
    readonly matcher: LexiconMatcher,
    readonly homophones: HomophoneRepair,
    readonly intentModel: TextClassifier,
    readonly scamTypeModel: TextClassifier,
    readonly deedReader: DeedReader,
    private readonly threshold: number,
  ) {}

  /** The domain words whose homophones are repaired: lexicon terms and deed cues. */
  static vocabulary(content: Content): string[] {
    // Deed cues are loose on purpose ("转了", "汇了"): only the longer ones are words worth repairing to.
    return [...LexiconMatcher.terms(content.lexicons), ...content.deeds.deeds.flatMap((d) => d.cues.terms.filter((t) => t.length >= 3))];
  }

  /**
   * Hashes of what each model learns from. The classifiers read the intent examples; the deed
   * models the deed examples, the urgent deeds and, as "no deed", the examples of the intents
   * deeds.yaml names. Both read through the lexicons and the homophone vocabulary (lexicon terms
   * and deed cues). Kept apart so that an operator's new examples for an intent retrain the
   * classifiers (seconds), not the deed models too (the bulk of a full training).
   */
  static trainingKeys(content: Content): { classifiers: string; deeds: string } {
    const hash = (inputs: unknown[]) => createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
    const negatives = content.training.filter((f) => content.deeds.negativesFrom.includes(f.intent));
    return {
      classifiers: hash([content.training, content.lexicons, content.deeds]),
      deeds: hash([negatives, content.lexicons, content.deeds, content.deedExamples, content.policy.deeds.urgent]),
    };
  }

  /** Where the models trained on this content are cached: one file per model set. */
  static cacheFiles(content: Content, cacheDir: string): { classifiers: string; deeds: string } {
    const keys = NluEngine.trainingKeys(content);
    const code = sourceFingerprint(import.meta.url);
    return { classifiers: join(cacheDir, `nlu-classifiers-${keys.classifiers}-${code}.bin`), deeds: join(cacheDir, `nlu-deeds-${keys.deeds}-${code}.bin`) };
  }

  /** Builds the engine: each model comes from the cache when what it learns from is unchanged. */
  static create(content: Content, opts: NluOptions): NluEngine {
    const segmenter = new Segmenter(LexiconMatcher.terms(content.lexicons));
    const matcher = new LexiconMatcher(content.lexicons);
    const homophones = NluEngine.homophones(content, segmenter);
    // Keyed by what the models learn from and by this folder's code (features, model): either
    // changing retrains; an edit to replies or guides does not.
    const files = opts.cacheDir ? NluEngine.cacheFiles(content, opts.cacheDir) : undefined;
    const cached = <T>(name: keyof ReturnType<typeof NluEngine.cacheFiles>, valid: (x: unknown) => x is T, train: () => T): T => {
      const prefix = `nlu-${name}-`;
      const file = files?.[name];
      const hit = file ? readBinaryCache(file, decodeModels, valid) : undefined;
      if (hit) return hit;
      const bytes = encodeModels(train());
      const failed = file ? writeCacheBytes(file, prefix, bytes) : undefined;
      if (failed) opts.log?.(`NLU cache not written: ${failed.message}`);
      // Read back as every later start reads it: the first start answers exactly as they do.
      const decoded = decodeModels(bytes);
      if (!valid(decoded)) throw new Error(`NLU ${name} models do not survive their own cache encoding`);
      return decoded;
    };
    const classifiers = cached('classifiers', isClassifiers, (): Classifiers => {
      const { intent, scamType } = NluEngine.featurise(content, segmenter, matcher, homophones);
      return { intent: TextClassifier.trainCalibrated(intent).toModel(), scamType: TextClassifier.trainCalibrated(scamType).toModel() };
    });
    const deeds = cached('deeds', isDeedModels, () => NluEngine.trainDeeds(content, content.deedExamples, segmenter, matcher, homophones).toModels());
    return new NluEngine(
      segmenter,
      matcher,
      homophones,
      TextClassifier.fromModel(classifiers.intent),
      TextClassifier.fromModel(classifiers.scamType),
      DeedReader.fromModels(content.deeds, segmenter, deeds, (t) => matcher.clauses(t)),
      opts.threshold,
    );
  }

  /** The homophone repair over this content's domain words, cutting the text with this segmenter's words. */
  static homophones(content: Content, segmenter: Segmenter): HomophoneRepair {
    // Spelt in pinyin ("mima", "yanzhengma"): the deed cues first (short ones too), then the rest.
    const spellable = [content.deeds.deeds.flatMap((d) => d.cues.terms), NluEngine.vocabulary(content)];
    return new HomophoneRepair(NluEngine.vocabulary(content), (run) => segmenter.words(run), spellable);
  }

  /** Messages that mention no deed, from the intents deeds.yaml names: what is not a mention. Every deed reader (and the SVM peer) learns from them too. */
  static deedNegatives(content: Content): { text: string; deeds: Record<string, never> }[] {
    return content.training
      .filter((f) => content.deeds.negativesFrom.includes(f.intent))
      .flatMap((f) => f.examples.map((ex) => ({ text: typeof ex === 'string' ? ex : ex.text, deeds: {} })));
  }

  /** The deed model trained on `examples` (all of intents/deed-examples, or a fold of them). */
  static trainDeeds(content: Content, examples: Content['deedExamples'], segmenter: Segmenter, matcher: LexiconMatcher, homophones: HomophoneRepair, seed?: number): DeedReader {
    return DeedReader.train(content.deeds, [...examples, ...NluEngine.deedNegatives(content)], content.policy.deeds.urgent, segmenter, (raw) => readableText(raw, homophones, matcher), (t) => matcher.clauses(t), seed);
  }

  static featurise(content: Content, segmenter: Segmenter, matcher = new LexiconMatcher(content.lexicons), homophones = NluEngine.homophones(content, segmenter)): { intent: Featurised[]; scamType: Featurised[] } {
    const data = trainingData(content);
    const texts = data.map((d) => homophones.repair(normalise(d.text).text));
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

  /**
   * Deeds are the writer's: in "他跟我说：「您先交一笔手续费」" the quoted words are the caller's, and
   * nothing in them was done by the writer. What the caller asks for there is the lexicons' to
   * find (their red flags); the deeds are read from the writer's own words only.
   */
  private readDeeds(text: string, matches: readonly LexMatch[]): DeedRead {
    if (!QUOTED.test(text)) return this.deedReader.read(text, matches);
    const outside = text.replace(QUOTED_ALL, ' 他说了一些话 ').trim();
    return this.deedReader.read(outside, this.matcher.match(outside));
  }

  /** Never throws: any string, however long or strange, gets a result. */
  recognize(raw: string): Recognition {
    const input = typeof raw === 'string' ? raw : '';
    const normalised = normalise(input);
    const truncated = normalised.truncated;
    // Personal data arrives as typed placeholders (src/privacy): the models read each as the
    // digits it stood for, the entities as a break, so a code given still reads as given and
    // the person's own number is never a caller's.
    const redacted = readPlaceholders(this.homophones.repair(normalised.text));
    const text = redacted.forModels;
    const allMatches = this.matcher.match(text);
    const { tokens, intent: intentPred, scamType: scamPred } = this.classify(text, allMatches);
    const hasContent = tokens.length > 0;
    return {
      text,
      truncated,
      // A link's letters say nothing of the writer's language.
      lang: detectLanguage(text.replace(LINKS, ' ')),
      intent: hasContent && intentPred.confidence >= this.threshold ? intentPred.label : null,
      topIntent: intentPred.label,
      confidence: hasContent ? intentPred.confidence : 0,
      intents: intentPred.ranking,
      scamTypeGuess: hasContent && scamPred.label !== NO_SCAM_TYPE ? { id: scamPred.label, confidence: scamPred.confidence } : null,
      // A question only undoes a claim that something was done ("要发给他吗" is not "sent").
      matches: allMatches.filter((m) => !m.negated && !(m.questioned && m.category === 'given')),
      allMatches,
      entities: withSecrets(extractEntities(redacted.forEntities), redacted.secrets),
      ...(hasContent ? this.readDeeds(text, allMatches) : { deeds: [], gone: 0, cues: [] }),
      family: this.deedReader.aboutFamily(text),
      traditional: isTraditional(input),
      simplified: isSimplified(input),
    };
  }
}

function withSecrets(e: Entities, secrets: readonly Entities['secrets'][number][]): Entities {
  return secrets.length === 0 ? e : { ...e, secrets: [...new Set([...e.secrets, ...secrets])] };
}
