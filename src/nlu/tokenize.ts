import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { englishTokenizer, PorterStemmer } from './natural-parts.js';

const require = createRequire(import.meta.url);
type JiebaInstance = { cut(s: string, hmm?: boolean): string[]; loadDict(d: Uint8Array): void };
const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaInstance } };
// Read here, not through '@node-rs/jieba/dict.js': that module also reads the 6 MB IDF table
// (keyword extraction, unused) and keeps both files in memory for the life of the process; jieba
// copies the dictionary into its own structures, so the 5 MB file can go once it is built.
const DICT_FILE = require.resolve('@node-rs/jieba/dict.txt');

const CJK_RUN = /[\u3400-\u9fff]+/g;
const LATIN_RUN = /[a-z0-9+'\-/ ]+/g;
const PUNCT_ONLY = /^[\p{P}\p{S}\s]+$/u;

/**
 * Splits normalised text into features: jieba words and character bigrams for Chinese (natural's
 * tokenizers see nothing in Chinese), natural's tokenizer and Porter stems for English, and
 * coarse classes for digit runs so "903172" and "552901" look the same to the classifier.
 */
export class Segmenter {
  private readonly jieba: JiebaInstance;

  /** `words`: domain phrases (from the lexicons) jieba should keep whole, e.g. 网信办, 验证码. */
  constructor(words: readonly string[] = []) {
    this.jieba = Jieba.withDict(readFileSync(DICT_FILE));
    const cjkWords = [...new Set(words.filter((w) => /^[\u3400-\u9fff]{2,8}$/.test(w)))];
    if (cjkWords.length > 0) this.jieba.loadDict(Buffer.from(cjkWords.map((w) => `${w} 20000 n`).join('\n')));
  }

  /** The last text segmented: recognition reads each message twice (intents, then deeds). */
  private last: { text: string; out: readonly string[] } | undefined;

  /** A fresh array each call: callers add their own features to it. */
  features(text: string): string[] {
    if (this.last?.text === text) return [...this.last.out];
    const out = this.segment(text);
    this.last = { text, out };
    return [...out];
  }

  private segment(text: string): string[] {
    const out: string[] = [];
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0];
      for (const w of this.jieba.cut(run, true)) if (!PUNCT_ONLY.test(w)) out.push(w);
      for (let i = 0; i + 1 < run.length; i++) out.push(`b:${run.slice(i, i + 2)}`);
      // Single characters carry short answers: 忘了, 有, 没.
      for (const ch of run) out.push(`u:${ch}`);
    }
    for (const m of text.matchAll(LATIN_RUN)) {
      if (/\+\s?86|(?<!\d)00\d/.test(m[0])) out.push('#intl');
      for (const tok of englishTokenizer.tokenize(m[0])) {
        if (/^\d+$/.test(tok)) out.push(tok === '96110' || tok === '110' ? `#n${tok}` : `#d${Math.min(tok.length, 12)}`);
        else if (/^[a-z]/.test(tok)) {
          out.push(PorterStemmer.stem(tok));
        }
      }
    }
    if (/[?？吗呢]$|[?？]/.test(text)) out.push('#q');
    return out;
  }

  /** Words in order: jieba words for Chinese runs, lower-case words for the rest. */
  words(text: string): string[] {
    const out: string[] = [];
    for (const m of text.matchAll(/[\u3400-\u9fff]+|[a-z0-9']+/g)) {
      if (/^[\u3400-\u9fff]/.test(m[0])) out.push(...this.jieba.cut(m[0], true));
      else out.push(/^\d+$/.test(m[0]) ? '#d' : m[0]);
    }
    return out;
  }

  /**
   * Features of a message's form, for intents (not scam types, where they only add noise): the
   * surface form and character trigrams of English words, which carry what stemming loses and
   * what typos keep ("pasword" still shares "pas", "wor", "ord"), and how the message opens,
   * which tells a question to the bot ("what can you…") from a story ("he said…").
   */
  shapeFeatures(text: string): string[] {
    const out: string[] = [];
    const english = text.match(/[a-z][a-z']*/g) ?? [];
    for (const tok of english) {
      out.push(`w:${tok}`);
      const padded = `<${tok}>`;
      for (let i = 0; i + 3 <= padded.length; i++) out.push(`c3:${padded.slice(i, i + 3)}`);
    }
    if (/^[a-z]/.test(text) && english.length > 0) out.push(`f1:${english[0]}`, `f2:${english[0]}_${english[1] ?? ''}`);
    const lead = /^[\u3400-\u9fff]{2}/.exec(text);
    if (lead) out.push(`zf:${lead[0]}`);
    return out;
  }
}
