import { createRequire } from 'node:module';
import { CANTONESE_CHARS } from './language.js';

const require = createRequire(import.meta.url);
// pinyin-pro ships CommonJS with its own types; we use one function of it.
const { pinyin } = require('pinyin-pro') as { pinyin(text: string, opts: { toneType: 'none'; type: 'array' }): string[] };

const CJK = /[\u3400-\u9fff]/;
const CJK_RUN = /[\u3400-\u9fff]+/g;
const PARTICLE = /[了过的着吗呢吧啊呀嘛咗]/;

/** Toneless pinyin of each character of a run of Chinese characters. */
export function syllables(run: string): string[] {
  const out = pinyin(run, { toneType: 'none', type: 'array' });
  // pinyin-pro answers one syllable per Chinese character; anything else is a surprise we do not
  // guess about.
  return out.length === run.length ? out : [...run].map(() => '');
}

/** Pinyin syllables and syllable pairs of a text, as classifier features: 验正码 reads like 验证码. */
export function pinyinFeatures(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const s = syllables(m[0]);
    for (let i = 0; i < s.length; i++) {
      if (s[i]) out.push(`py:${s[i]}`);
      if (i + 1 < s.length && s[i] && s[i + 1]) out.push(`py2:${s[i]}_${s[i + 1]}`);
    }
  }
  return out;
}

/**
 * Repairs pinyin-input and voice-to-text homophones of domain words: 网信半 → 网信办, 身分证 →
 * 身份证, 验正码 → 验证码. A window is replaced only when it sounds exactly like a vocabulary word
 * (toneless) and differs from it in one character at most (two words of 2 characters must share
 * one): "sounds alike" alone would turn ordinary words into domain words.
 */
export class HomophoneRepair {
  /** Toneless pinyin key ("wang xin ban") → the vocabulary word. */
  private readonly byKey = new Map<string, string>();
  /** The same key spelt as one Latin word ("yanzhengma") → the vocabulary word. */
  private readonly bySpelling = new Map<string, string>();
  private readonly lengths: number[];

  /**
   * `cut` splits a run of Chinese into words (jieba): a window that would cut through a real word
   * of the text is left alone ("春游费" is 春游 + 费, not a misspelt 邮费).
   */
  constructor(
    vocabulary: readonly string[],
    private readonly cut?: (run: string) => string[],
    /**
     * Words that may also be typed in pinyin, in tiers (default: `vocabulary`): two words spelt
     * alike (验证码 and 验正码, a typo a lexicon also lists) go to the first tier's one word.
     */
    spellable: readonly (readonly string[])[] = [vocabulary],
  ) {
    // A two-character word with a particle in it (转了, 汇过) sounds like half the language (回了, 赚了).
    const words = [...new Set(vocabulary.filter((w) => /^[\u3400-\u9fff]{2,6}$/.test(w) && !(w.length === 2 && PARTICLE.test(w))))];
    // Words of the vocabulary are spelt again for the pinyin tiers: their syllables once.
    const known = new Map<string, string[]>();
    const syllablesOf = (w: string): string[] => {
      let s = known.get(w);
      if (!s) known.set(w, (s = syllables(w)));
      return s;
    };
    const ambiguous = new Set<string>();
    for (const w of words) {
      const s = syllablesOf(w);
      if (s.some((x) => !x)) continue;
      const key = s.join(' ');
      const prev = this.byKey.get(key);
      // Two words that sound the same (公安 / 攻岸) cannot be told apart by sound: keep neither.
      if (prev && prev !== w) ambiguous.add(key);
      else this.byKey.set(key, w);
    }
    for (const k of ambiguous) this.byKey.delete(k);
    const taken = new Set<string>();
    for (const tier of spellable) {
      const bySpelling = new Map<string, Set<string>>();
      for (const w of tier) {
        if (!/^[\u3400-\u9fff]{2,6}$/.test(w)) continue;
        const s = syllablesOf(w);
        if (s.some((x) => !x)) continue;
        const spelling = s.join('');
        if (!taken.has(spelling)) bySpelling.set(spelling, (bySpelling.get(spelling) ?? new Set()).add(w));
      }
      // Spelt alike within one tier (密码 and the typo 密吗): the one the word cutter knows as a
      // word; with none or several, the next tier decides.
      for (const [spelling, ws] of bySpelling) {
        const chosen = ws.size === 1 ? [...ws] : [...ws].filter((w) => this.cut?.(w).length === 1);
        if (chosen.length !== 1) continue;
        taken.add(spelling);
        this.bySpelling.set(spelling, chosen[0]!);
      }
    }
    this.lengths = [...new Set(words.map((w) => w.length))].sort((a, b) => b - a);
  }

  repair(text: string): string {
    const typed = this.fromPinyin(text);
    if (this.byKey.size === 0 || !CJK.test(typed)) return typed;
    return typed.replace(CJK_RUN, (run) => this.repairRun(run));
  }

  /**
   * A domain word typed in pinyin and never turned into characters ("我把mima告诉他了", "wo ba
   * yanzhengma gaosu ta le"): the word. Only whole Latin words; four letters only beside Chinese
   * characters, where an English word is unlikely ("tie" or a name like "Lian" stays English).
   */
  private fromPinyin(text: string): string {
    if (this.bySpelling.size === 0) return text;
    const min = CJK.test(text) ? 4 : 5;
    // A word may be typed in pieces ("yinhang kefu"): the longest run of up to four pieces first.
    const pieces = text.split(/((?<![a-z])[a-z]+(?![a-z]))/);
    let out = '';
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 0) {
        out += pieces[i];
        continue;
      }
      let taken = 0;
      for (let n = Math.min(4, (pieces.length - i + 1) >> 1); n >= 1 && taken === 0; n--) {
        const parts = Array.from({ length: n }, (_, k) => pieces[i + 2 * k]!);
        // Only pieces separated by single spaces join.
        if (Array.from({ length: n - 1 }, (_, k) => pieces[i + 2 * k + 1]).some((sep) => sep !== ' ')) continue;
        const joined = parts.join('');
        const word = joined.length >= min ? this.bySpelling.get(joined) : undefined;
        if (word) {
          out += word;
          taken = n;
        }
      }
      if (taken === 0) out += pieces[i];
      else i += 2 * (taken - 1);
    }
    return out;
  }

  private repairRun(run: string): string {
    if (run.length < 2) return run;
    const s = syllables(run);
    const chars = [...run];
    // Positions strictly inside a word of the text: no repair may start or end there. Cut only
    // when a repair is in sight: most runs hold none.
    let inside: Set<number> | undefined;
    const cutsAWord = (from: number, to: number): boolean => {
      if (!this.cut) return false;
      if (!inside) {
        inside = new Set<number>();
        let at = 0;
        for (const w of this.cut(run)) {
          const n = [...w].length;
          for (let k = 1; k < n; k++) inside.add(at + k);
          at += n;
        }
      }
      return inside.has(from) || inside.has(to);
    };
    let out = '';
    let i = 0;
    while (i < chars.length) {
      let replaced = false;
      for (const len of this.lengths) {
        if (i + len > chars.length) continue;
        const window = chars.slice(i, i + len).join('');
        const word = this.byKey.get(s.slice(i, i + len).join(' '));
        if (!word) continue;
        if (word === window) {
          out += window;
          i += len;
          replaced = true;
          break;
        }
        // A window holding written Cantonese is the writer's own word ("返嚟食饭" is coming home, not 返利).
        let differ = 0;
        for (let k = 0; k < len; k++) if (chars[i + k] !== word[k]) differ++;
        if (differ <= 1 && differ < len && !CANTONESE_CHARS.test(window) && !cutsAWord(i, i + len)) {
          out += word;
          i += len;
          replaced = true;
          break;
        }
      }
      if (!replaced) {
        out += chars[i];
        i++;
      }
    }
    return out;
  }
}
