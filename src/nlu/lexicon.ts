import type { LexiconCategory } from '../content/ids.js';
import type { LexiconEntry, LexiconFile } from '../content/schemas.js';
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
  /**
   * Its clause is a question, a hypothetical or a request ("要发给他吗", "should I send", "他让我
   * 把钱转过去"): for `given`, that is not something done.
   */
  questioned: boolean;
}

interface CompiledEntry {
  category: LexiconCategory;
  id: string;
  scamType?: string | null | undefined;
  publicBody?: boolean | undefined;
  regex: RegExp;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** ASCII terms must match whole words ("otp" not in "hotpot"); Chinese has no word spaces. */
const termSource = (t: string) => {
  const e = escapeRegExp(normalise(t).text);
  return /^[a-z0-9]/.test(t) ? `(?<![a-z0-9])${e}(?![a-z0-9])` : e;
};
/**
 * One regular expression source for a list of terms (longest first, so a longer term wins) and
 * patterns: the form every lexicon entry, every cue list and every deed cue is written in.
 */
export function alternation(c: { terms: readonly string[]; patterns: readonly string[] }): string | undefined {
  const sources = [...[...c.terms].sort((a, b) => b.length - a.length).map(termSource), ...c.patterns.map((p) => `(?:${p})`)];
  return sources.length > 0 ? sources.join('|') : undefined;
}
/**
 * A cue list (terms and patterns) as one test; no global flag, so nothing to reset between uses.
 * `i` for cues tested on raw text (dialog cues); NLU text is lower-cased already; `g` only for
 * cues that are replaced, never tested.
 */
export function compileCues(c: { terms: readonly string[]; patterns: readonly string[] }, flags: 'u' | 'iu' | 'gu' = 'u'): RegExp | undefined {
  const src = alternation(c);
  return src ? new RegExp(src, flags) : undefined;
}

/** Characters that end a clause (after normalisation, Chinese punctuation is mostly ASCII). */
const BREAK_CHARS = ',.;!?。;:\n';
/** Splits at any of BREAK_CHARS. */
export const CLAUSE_SPLIT = new RegExp(`[${BREAK_CHARS}]`);
/** Cue categories: they qualify other hits and are never hits themselves. */
const CUES: readonly LexiconCategory[] = ['negation', 'question', 'request', 'clause'];
/** A phrase right after "or", "nor", 和, 或: the second item of a list a negation may cover. */
const COORDINATED = /(?:\bor\b|\bnor\b|或者|或|和|跟|、)\s?(?:any |the |my |your )?$/u;
/** The first item of such a list, between the negation and the "or": a few words at most. */
const MAX_COORDINATED_ITEM = 24;
/** A turn in the clause ("but", 但是): a negation reaching its clause stops there. */
const CONTRAST = /\bbut\b|\bhowever\b|\binstead\b|\bonly\b|但|却|而是|只是|不过|可是|反而|净系|只系/u;
/** Negated or asked-about hits looked at per entry before giving up: bounds the work on long text. */
const MAX_QUALIFIED_HITS = 5;

/** Where the last match of a global `re` in `text` ends, or -1 with none. */
function lastMatchEnd(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index + m[0].length;
  return last;
}

export class LexiconMatcher {
  private readonly entries: CompiledEntry[] = [];
  private readonly negation: RegExp | undefined;
  private readonly negationAll: RegExp | undefined;
  /** Negations that reach the rest of their clause ("didn't ask for any…"), each hit's end wanted. */
  private readonly clauseNegation: RegExp | undefined;
  private readonly question: RegExp | undefined;
  private readonly request: RegExp | undefined;
  /** Where a new clause starts without punctuation ("…让我转到监管账户我就上银行转了三万八"). */
  private readonly softBreaks: RegExp | undefined;

  constructor(lexicons: readonly LexiconFile[]) {
    for (const lex of lexicons) {
      if (CUES.includes(lex.category)) continue;
      for (const e of lex.entries) {
        const regex = new RegExp(alternation(e)!, 'gu');
        this.entries.push({ category: lex.category, id: e.id, scamType: e.scamType, publicBody: e.publicBody, regex });
      }
    }
    const cues = (cat: LexiconCategory, keep: (e: LexiconEntry) => boolean = () => true, flags = 'u') => {
      const entries = lexicons.filter((l) => l.category === cat).flatMap((l) => l.entries.filter(keep));
      const src = alternation({ terms: entries.flatMap((e) => e.terms), patterns: entries.flatMap((e) => e.patterns) });
      return src ? new RegExp(src, flags) : undefined;
    };
    this.negation = cues('negation');
    this.negationAll = this.negation ? new RegExp(this.negation.source, 'gu') : undefined;
    this.clauseNegation = cues('negation', (e) => e.reach === 'clause', 'gu');
    this.question = cues('question');
    this.request = cues('request');
    this.softBreaks = cues('clause', () => true, 'gu');
  }

  /** Every Chinese term, so the segmenter keeps domain words whole. */
  static terms(lexicons: readonly LexiconFile[]): string[] {
    return lexicons.flatMap((l) => l.entries.flatMap((e) => e.terms.map((t) => normalise(t).text)));
  }

  /** The text's clauses: split at punctuation and at the soft breaks of run-on text. */
  clauses(text: string): string[] {
    if (!this.softBreaks) return text.split(CLAUSE_SPLIT);
    return text.replace(this.softBreaks, (m, at: number) => (at > 0 ? `\n${m}` : m)).split(CLAUSE_SPLIT);
  }

  match(text: string): LexMatch[] {
    const out: LexMatch[] = [];
    // Built on the first hit only: most entries find nothing in most messages.
    let index: { start: Int32Array; end: Int32Array } | undefined;
    // Whether a clause is a question: asked once per clause, however many hits it holds.
    const asked = new Map<number, boolean>();
    for (const e of this.entries) {
      e.regex.lastIndex = 0;
      let first: LexMatch | undefined;
      let qualified = 0;
      let m: RegExpExecArray | null;
      while ((m = e.regex.exec(text)) !== null) {
        if (m[0].length === 0) {
          e.regex.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        const clauses = (index ??= clauseIndex(text, this.softBreaks));
        const a = clauses.start[start]!;
        // A question mark closing the clause belongs to it.
        const b = Math.min(text.length, clauses.end[Math.max(start, end - 1)]! + 1);
        let questioned = asked.get(a);
        if (questioned === undefined) {
          questioned = this.question?.test(text.slice(a, b)) ?? false;
          asked.set(a, questioned);
        }
        // "他让我把钱转过去": a request before a `given` phrase in its clause is not a deed. A
        // phrase running on past the clause ("让我报身份证号，我就念给他了") is judged where it ends.
        if (!questioned && e.category === 'given') {
          const endClause = clauses.start[end - 1]!;
          const from = endClause > start ? endClause : a;
          if (this.request?.test(text.slice(from, endClause > start ? end : start))) questioned = true;
        }
        const hit: LexMatch = {
          category: e.category,
          id: e.id,
          key: `${e.category}.${e.id}`,
          scamType: e.scamType,
          publicBody: e.publicBody,
          start,
          end,
          negated: this.isNegated(text, a, start),
          questioned,
        };
        first ??= hit;
        // One plain statement is enough evidence; a negated or asked-about mention may be
        // followed by a real one ("没转…后来还是转了"), so keep looking, a few times.
        if (!hit.negated && !hit.questioned) {
          first = hit;
          break;
        }
        if (++qualified >= MAX_QUALIFIED_HITS) break;
        // The next try may overlap this one ("让我把验证码告诉他，我就告诉他了").
        e.regex.lastIndex = start + 1;
      }
      if (first) out.push(first);
    }
    return out;
  }

  private isNegated(text: string, clauseStart: number, start: number): boolean {
    if (!this.negation || !this.negationAll) return false;
    // Only a negation close before the phrase counts: "没有给他验证码", "i did not send".
    if (this.negation.test(text.slice(Math.max(clauseStart, start - 6), start))) return true;
    // Or one that reaches its whole clause, with no "but" between: "she didn't ask for any password".
    if (this.clauseNegation) {
      const clause = text.slice(clauseStart, start);
      // The last one has the least clause after it: if a "but" follows it, one follows them all.
      const last = lastMatchEnd(clause, this.clauseNegation);
      if (last >= 0 && !CONTRAST.test(clause.slice(last))) return true;
    }
    // Or one that reaches it across "or" / "和": "didn't ask for any code or password", "没要验证码和密码".
    const before = text.slice(Math.max(clauseStart, start - 40), start);
    const joined = COORDINATED.exec(before);
    if (!joined) return false;
    const head = before.slice(0, joined.index);
    const last = lastMatchEnd(head, this.negationAll);
    return last >= 0 && joined.index - last <= MAX_COORDINATED_ITEM;
  }

}

/**
 * For every position, where its clause starts and ends: one pass, shared by all hits. A clause
 * ends at punctuation or where a soft break (lexicon `clause`) starts the next one: run-on
 * voice-to-text has no punctuation, and a request or a question at one end of it must not reach
 * the writer's own deed at the other.
 */
function clauseIndex(text: string, softBreaks: RegExp | undefined): { start: Int32Array; end: Int32Array } {
  const n = text.length;
  const opens = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) if (BREAK_CHARS.includes(text[i]!)) opens[i + 1] = 1;
  if (softBreaks) for (const m of text.matchAll(softBreaks)) if (m.index > 0) opens[m.index] = 2;
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  let s = 0;
  for (let i = 0; i < n; i++) {
    if (opens[i]) s = i;
    start[i] = s;
  }
  start[n] = opens[n] ? n : s;
  let e = n;
  for (let i = n - 1; i >= 0; i--) {
    // Punctuation ends its clause where it stands; a soft break, just before the words it starts.
    if (BREAK_CHARS.includes(text[i]!)) e = i;
    else if (opens[i + 1] === 2) e = i + 1;
    end[i] = e;
  }
  end[n] = n;
  return { start, end };
}
