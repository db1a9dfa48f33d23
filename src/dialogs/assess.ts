import type { Content } from '../content/load.js';
import type { Bilingual } from '../content/schemas.js';
import { deedsIn, type CaseState, type Risk } from './case.js';

/** A short "给了" / "yes" to "did you already send anything?": something is gone, we don't know what. */
import { UNSPECIFIED_DEED } from '../nlu/deed-eval.js';
export { UNSPECIFIED_DEED };

export interface Assessment {
  score: number;
  /** null while nothing has been described. */
  risk: Risk | null;
  scamType: string | null;
  /** The scam type comes from what was said (a claimed body, an offer), not a classifier guess. */
  scamTypeNamed: boolean;
  /** Money, a code, a password, card details or the screen are already gone. */
  urgent: boolean;
  /** Deeds done that make the case urgent (dialogs/policy.yaml deeds.urgent). */
  urgentItems: string[];
  /** Deeds done that need a report for the record. */
  disclosed: string[];
  /** Every organisation named is one that points to no scam family (property office, courier). */
  harmlessCallers: boolean;
  /** A genuine 96110 call (area code + 96110) with nothing else alarming. */
  legit96110: boolean;
  /** Red flags found, strongest first, with their explanations. */
  reasons: Bilingual[];
  /** The flag keys behind `reasons`, in the same order. */
  reasonKeys: string[];
  /** Hotlines of the bodies the caller claimed (customs → 12360): the ones that check this claim. */
  orgHotlines: string[];
}

interface FlagInfo {
  hotlines?: string[] | undefined;
  weight: number;
  evenUnderPressure?: boolean | undefined;
  text?: Bilingual | undefined;
  scamType?: string | null | undefined;
  publicBody: boolean;
}

/** Scores a case from the red-flag weights and rules in dialogs/ (operators tune them there). */
export class Assessor {
  private readonly flags = new Map<string, FlagInfo>();

  constructor(private readonly content: Content) {
    for (const lex of content.lexicons) {
      for (const e of lex.entries) {
        const key = `${lex.category}.${e.id}`;
        const rf = content.redFlags[key];
        this.flags.set(key, { weight: rf?.weight ?? 0, evenUnderPressure: rf?.evenUnderPressure, text: rf?.text, scamType: e.scamType, publicBody: e.publicBody === true, hotlines: e.hotlines });
      }
    }
    for (const [key, rf] of Object.entries(content.redFlags)) {
      if (!this.flags.has(key)) this.flags.set(key, { weight: rf.weight, text: rf.text, publicBody: false });
    }
  }

  /** The red flags among `keys` that have an explanation and count against the caller, strongest first. */
  rank(keys: readonly string[]): string[] {
    return [...new Set(keys)]
      .filter((k) => {
        const f = this.flags.get(k);
        return !!f?.text && f.weight > 0;
      })
      .sort((x, y) => this.flags.get(y)!.weight - this.flags.get(x)!.weight);
  }

  /** Flag keys a case carries, including those that come from the shape of phone numbers. */
  private caseFlags(c: CaseState): string[] {
    const keys = [...c.flags];
    for (const n of c.numbers) {
      if (n.kind === 'international' && !keys.includes('channel.international_prefix')) keys.push('channel.international_prefix');
      if (n.kind === 'fake_96110' && !keys.includes('number.fake_96110')) keys.push('number.fake_96110');
    }
    return keys;
  }

  assess(c: CaseState): Assessment {
    const a = this.content.verification.assessment;
    const keys = this.caseFlags(c);
    const info = keys.map((k) => ({ key: k, ...(this.flags.get(k) ?? { weight: 0, publicBody: false }) }));
    const publicBody = info.some((f) => f.publicBody);
    const pressure = info.some((f) => /^(ask|threat|money)\./.test(f.key) && f.weight > 0);
    // Harmless signs lower a score only when nothing presses the person: "a fraud reminder" or
    // "a repair visit" is a common cover, and must not talk a safe-account demand down.
    const pressed = pressure || info.some((f) => /^(offer|given)\./.test(f.key) && f.weight > 0);
    let score = info.reduce((s, f) => s + (f.weight < 0 && pressed && !f.evenUnderPressure ? 0 : f.weight), 0);
    if (publicBody && pressure) score += a.publicBodyCombo;
    const has = (pattern: string) => keys.some((k) => (pattern.endsWith('.') ? k.startsWith(pattern) : k === pattern));
    for (const combo of a.combos) if (combo.either.some(has) && combo.and.some(has) && !combo.unless.some(has)) score += combo.add;

    const official96110 = c.numbers.some((n) => n.kind === 'official_96110');
    // No flag yet means no assessment yet ("I got a strange call" alone is neither high nor low);
    // a verdict on such a case reports low (see VerificationFlow).
    let risk: Risk | null = keys.length === 0 ? (c.verdict?.risk ?? null) : score >= a.high ? 'high' : score >= a.medium ? 'medium' : 'low';
    const legit96110 = official96110 && risk !== 'high' && !keys.includes('number.fake_96110');
    if (legit96110) risk = 'low';

    const policy = this.content.policy.deeds;
    const urgentItems = deedsIn(c, 'done').filter((d) => policy.urgent.includes(d) || d === UNSPECIFIED_DEED);
    const disclosed = deedsIn(c, 'done', policy.disclosure);

    let scamType: string | null = null;
    let scamTypeNamed = false;
    if (risk === 'high' || risk === 'medium' || urgentItems.length > 0) {
      // The strongest claim or offer that names a family decides; then the classifier's guess.
      const named = info.filter((f) => f.scamType).sort((x, y) => y.weight - x.weight)[0];
      if (named?.scamType) {
        scamType = named.scamType;
        scamTypeNamed = true;
      }
      else if (c.scamTypeGuess && c.scamTypeGuess.confidence >= a.scamTypeConfidence) scamType = c.scamTypeGuess.id;
      else scamType = 'other';
    }
    if (urgentItems.length > 0 && risk !== 'high') risk = 'high';

    // What the caller offered as proof answers the person's own doubt ("he knew the address, so
    // is he real?"): it comes first, then the rest by weight.
    // What the person saw (the caller ID, a "real" address) answers their own doubt first.
    const isProof = (k: string) => (k.startsWith('proof.') || k.startsWith('number.') ? 1 : 0);
    const ranked = info.filter((f) => f.weight > 0 && f.text).sort((x, y) => isProof(y.key) - isProof(x.key) || y.weight - x.weight);
    const orgs = info.filter((f) => f.key.startsWith('organisation.'));
    const harmlessCallers = orgs.length > 0 && orgs.every((f) => !f.scamType);
    return {
      score,
      risk,
      scamType,
      scamTypeNamed,
      urgent: urgentItems.length > 0,
      urgentItems,
      disclosed,
      harmlessCallers,
      legit96110,
      reasons: ranked.map((f) => f.text!),
      reasonKeys: ranked.map((f) => f.key),
      // The office told of last comes first: "he also said my residence permit will be
      // cancelled — where can I check?" is answered with immigration's number, not customs'.
      orgHotlines: [...new Set([...info].reverse().flatMap((f) => f.hotlines ?? []))],
    };
  }
}
