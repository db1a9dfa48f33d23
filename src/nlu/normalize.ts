import { createRequire } from 'node:module';

import ST_CHARACTERS from 'opencc-js/dict/STCharacters';

const require = createRequire(import.meta.url);
// opencc-js ships CommonJS with no types: we use one function of it. Only its Traditional →
// Simplified half (12 MB): the other direction's phrase tables cost 70 MB more.
const OpenCC = require('opencc-js/t2cn') as {
  Converter(opts: { from: string; to: string }): (s: string) => string;
};

/** Longest text we read from one message; the rest is dropped (and the person told). */
export const MAX_INPUT_CHARS = 2000;

// Taiwan and Hong Kong forms both map to mainland simplified.
const openccToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** Characters only Simplified writing uses: OpenCC's Simplified → Traditional table changes them. */
const SIMPLIFIED_ONLY = new Set(
  ST_CHARACTERS.split('|')
    .map((entry) => entry.split(' '))
    .filter(([char, ...traditional]) => char !== undefined && !traditional.includes(char))
    .map(([char]) => char!),
);
/** OpenCC keeps 帐 (帳戶 → 帐户) where mainland usage, and our lexicons, write 账 (账户). */
const VARIANTS = /帐(?=户|号|单|目|务|面)/g;
const toSimplified = (s: string) => openccToSimplified(s).replace(VARIANTS, '账');

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u00AD]/g;
// Control characters other than tab and newline become spaces so words do not run together.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Pictographs, regional-indicator flags, variation selectors and skin tones, as alternatives (not
// one class) so no code point combines with its neighbour.
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0E}|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/gu;
const REPEATED_PUNCT = /([!?.,~。…、;:\-=*#])\1+/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface Normalised {
  /** Normalised text: simplified Chinese, lower case, half width, single spaces, no emoji. */
  text: string;
  /** The input was longer than MAX_INPUT_CHARS and was cut. */
  truncated: boolean;
}

const SPACED_HAN = /(?<![\u3400-\u9fff])(?:[\u3400-\u9fff] ){3,}[\u3400-\u9fff](?![\u3400-\u9fff])/g;

/**
 * Puts any message into one canonical form before matching or classification, so operators
 * write lexicon terms once: 網信辦 → 网信办, ＋８６ → +86, "Press 1!!!" → "press 1!".
 */
export function normalise(raw: string): Normalised {
  const truncated = raw.length > MAX_INPUT_CHARS;
  let s = truncated ? raw.slice(0, MAX_INPUT_CHARS) : raw;
  s = s.replace(LONE_SURROGATE, '').replace(INVISIBLE, '').replace(CONTROL, ' ');
  // NFKC folds full-width letters, digits and punctuation (，！？（）) to their ASCII forms.
  s = s.normalize('NFKC');
  // NFKC can grow a text (⑳ → 20, ﷺ → 18 letters): cap again so every later step stays bounded.
  if (s.length > MAX_INPUT_CHARS) s = s.slice(0, MAX_INPUT_CHARS);
  s = s.replace(EMOJI, ' ');
  s = toSimplified(s);
  s = s.toLowerCase();
  s = s.replace(REPEATED_PUNCT, '$1');
  s = s.replace(/[ \t\r\n\u3000]+/g, ' ').trim();
  // "阮 查 某 囝 打 電 話": typed a character at a time, as some elderly people do. A run of four
  // or more lone characters is one phrase; spaces between words ("他让我转 我没转") stay.
  s = s.replace(SPACED_HAN, (run) => run.replace(/ /g, ''));
  return { text: s, truncated };
}

/**
 * Written in Traditional characters (網信辦, 轉帳, 咗 with 佢): more than one character that
 * OpenCC changes, so a lone variant shared by both scripts does not switch a reply.
 */
export function isTraditional(raw: string): boolean {
  const sample = raw.length > MAX_INPUT_CHARS ? raw.slice(0, MAX_INPUT_CHARS) : raw;
  const simplified = openccToSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < simplified.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed >= 2 || (changed === 1 && [...sample].filter((c) => /[\u3400-\u9fff]/.test(c)).length <= 4);
}

/** Has characters that only Simplified writing uses: at least one that OpenCC would change to Traditional. */
export function isSimplified(raw: string): boolean {
  const sample = raw.length > MAX_INPUT_CHARS ? raw.slice(0, MAX_INPUT_CHARS) : raw;
  for (const c of sample) if (SIMPLIFIED_ONLY.has(c)) return true;
  return false;
}
