/**
 * The parts of natural we use, imported one by one: `import 'natural'` loads about a thousand
 * modules (150 MB, 0.6 s) and runs dotenv, which prints to stdout and would break the JSON-lines
 * contract. natural ships CommonJS without per-file types, so each part is typed here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Stemmer {
  stem(token: string): string;
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
}
export interface Tokenizer {
  tokenize(text: string): string[];
}

export const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

const AggressiveTokenizer = require('natural/lib/natural/tokenizers/aggressive_tokenizer.js') as new () => Tokenizer;
export const englishTokenizer: Tokenizer = new AggressiveTokenizer();

/** natural's Classifier base: keeps the training documents and their JSON (de)serialisation. */
export interface NaturalClassifierImpl {
  addExample(observation: unknown, label: string): void;
  train(): void;
  getClassifications(observation: unknown): { label: string; value: number }[];
  classify(observation: unknown): string;
}
export interface NaturalClassifier {
  docs: { label: string; text: string[] }[];
  features: Record<string, number>;
  classifier: NaturalClassifierImpl;
  addDocument(text: string[] | string, label: string): void;
  train(): void;
  getClassifications(observation: string[] | string): { label: string; value: number }[];
  classify(observation: string[] | string): string;
  textToFeatures(observation: string[] | string): unknown;
}
export const NaturalClassifierBase = require('natural/lib/natural/classifiers/classifier.js') as new (
  impl: NaturalClassifierImpl,
  stemmer?: Stemmer,
) => NaturalClassifier;

/** natural's stock naive Bayes: the baseline the benchmark compares against. */
export const NaturalBayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => NaturalClassifier;
