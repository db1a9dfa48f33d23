import type { LexiconCategory } from '../content/ids.js';
import type { LexiconFile } from '../content/schemas.js';
import { normalise } from './normalize.js';

/** One lexicon hit in a message. */
export interface LexMatch {
  category: LexiconCategory;
  id: string;
  /** "category.id", the key of its red flag. */
  key: string;
  scamType?: string | null | undefined;
  publicBody?: boolean | undefined;
  start: number;
  end: number;
  /** A negation stands right before it in the same clause ("没有转账", "didn't send"). */
  negated: boolean;
  /** Its clause is a question or a hypothetical ("要发给他吗", "should I send"). */
  questioned: boolean;
}

interface CompiledEntry {
  category: LexiconCategory;
  id: string;
  scamType?: string | null | undefined;
  publicBody?: boolean | undefined;
  regex: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** ASCII terms must match whole words ("otp" not in "hotpot"); Chinese has no word spaces. */
const termSource = (t: string) => {
  const e = escape(normalise(t).text);
  return /^[a-z0-9]/.test(t) ? `(?<![a-z0-9])${e}(?![a-z0-9])` : e;
};
const CLAUSE_BREAK = /[,.;!?。;:\n]/;

export class LexiconMatcher {
  private readonly entries: CompiledEntry[] = [];
  private readonly negation: RegExp | undefined;
  private readonly question: RegExp | undefined;

  constructor(lexicons: readonly LexiconFile[]) {
    for (const lex of lexicons) {
      for (const e of lex.entries) {
        const sources = [...[...e.terms].sort((a, b) => b.length - a.length).map(termSource), ...e.patterns.map((p) => `(?:${p})`)];
        const regex = new RegExp(sources.join('|'), 'gu');
        if (lex.category === 'negation' || lex.category === 'question') continue;
        this.entries.push({ category: lex.category, id: e.id, scamType: e.scamType, publicBody: e.publicBody, regex });
      }
    }
    const cues = (cat: LexiconCategory) => {
      const list = lexicons.filter((l) => l.category === cat).flatMap((l) => l.entries);
      const src = list.flatMap((e) => [...e.terms.map(termSource), ...e.patterns.map((p) => `(?:${p})`)]);
      return src.length > 0 ? new RegExp(src.join('|'), 'u') : undefined;
    };
    this.negation = cues('negation');
    this.question = cues('question');
  }

  /** Every Chinese term, so the segmenter keeps domain words whole. */
  static terms(lexicons: readonly LexiconFile[]): string[] {
    return lexicons.flatMap((l) => l.entries.flatMap((e) => e.terms.map((t) => normalise(t).text)));
  }

  match(text: string): LexMatch[] {
    const out: LexMatch[] = [];
    for (const e of this.entries) {
      e.regex.lastIndex = 0;
      let first: LexMatch | undefined;
      let m: RegExpExecArray | null;
      while ((m = e.regex.exec(text)) !== null) {
        if (m[0].length === 0) {
          e.regex.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        const hit: LexMatch = {
          category: e.category,
          id: e.id,
          key: `${e.category}.${e.id}`,
          scamType: e.scamType,
          publicBody: e.publicBody,
          start,
          end,
          negated: this.isNegated(text, start),
          questioned: this.isQuestioned(text, start, end),
        };
        first ??= hit;
        // One plain statement is enough evidence; a negated or asked-about mention may be
        // followed by a real one ("没转…后来还是转了"), so keep looking.
        if (!hit.negated && !hit.questioned) {
          first = hit;
          break;
        }
      }
      if (first) out.push(first);
    }
    return out;
  }

  private clauseBounds(text: string, start: number, end: number): [number, number] {
    let a = start;
    while (a > 0 && !CLAUSE_BREAK.test(text[a - 1]!)) a--;
    let b = end;
    while (b < text.length && !CLAUSE_BREAK.test(text[b]!)) b++;
    // A question mark closing the clause belongs to it.
    return [a, Math.min(text.length, b + 1)];
  }

  private isNegated(text: string, start: number): boolean {
    if (!this.negation) return false;
    const [a] = this.clauseBounds(text, start, start);
    // Only a negation close before the phrase counts: "没有给他验证码", "i did not send".
    const window = text.slice(Math.max(a, start - 6), start);
    return this.negation.test(window);
  }

  private isQuestioned(text: string, start: number, end: number): boolean {
    if (!this.question) return false;
    const [a, b] = this.clauseBounds(text, start, end);
    return this.question.test(text.slice(a, b));
  }
}
