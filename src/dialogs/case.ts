import { z } from 'zod';
import type { DeedState, Lang } from '../content/ids.js';
import type { PhoneNumber } from '../nlu/entities.js';
import type { Recognition } from '../nlu/engine.js';

export type Risk = 'high' | 'medium' | 'low';
/** How replies are written in Chinese: simplified, or traditional as in Taiwan or Hong Kong. */
export type Script = 'hans' | 'tw' | 'hk';

/** The emergency: something is gone, and every reply leads with what to do about it. */
export interface Emergency {
  /** Deeds done whose steps were shown. */
  deeds: string[];
  /** The person writes for a family member who did it. */
  family: boolean;
  /** The person said it is handled (reported, card frozen): the emergency is closed. */
  handled: boolean;
}

/** What the person has told us about one call. Holds no secret of theirs: only flags. */
export interface CaseState {
  lang: Lang;
  script: Script;
  /** Red-flag keys seen ("ask.verification_code", "organisation.cac"...), in order. */
  flags: string[];
  /** Claimed organisations (lexicon ids). */
  orgs: string[];
  /** What the person said of each deed, latest first except that "done" is never undone. */
  deeds: Record<string, DeedState>;
  /** Slots answered, by a match or by an answer such as "no" / "don't know". */
  answered: string[];
  /** Slots asked so far. */
  asked: string[];
  pending: string | null;
  /** Unusable answers to the pending question in a row. */
  misses: number;
  /** The pending "given" question was implied by the verdict's closing line, not asked. */
  awaitingGiven: boolean;
  scamTypeGuess: { id: string; confidence: number } | null;
  numbers: PhoneNumber[];
  amounts: number[];
  callerName?: string | undefined;
  jobNumber?: string | undefined;
  /** The person described something (a story, not just "hello"). */
  described: boolean;
  /** What they described is a forwarded text (SMS, chat message), not a call. */
  forwarded: boolean;
  /** The last verdict shown (risk null: "can't tell yet"), to tell when new evidence changes it. */
  verdict: { risk: Risk | null; scamType: string | null } | null;
  emergency: Emergency | null;
  /** The person disputed the verdict. */
  disputed: boolean;
  /** Urgent deeds that may be gone: the bot asked, and a "yes" makes them done. */
  maybeGone: string[];
  /** The caller's number the bot offered to log for the community (display form), if open. */
  reportOffer: string | null;
  /** Numbers offered or logged in this conversation: each is offered once. */
  reportOffered: string[];
  /** What the last answer to a question was about (an intent id or `glossary.<term>`): a follow-up
   * question ("How can I tell a fake one?") is answered about it (dialogs/faq.yaml `after`). */
  topic: string | null;
  startedAt: number;
}

export function newCase(lang: Lang, now: number, script: Script = 'hans'): CaseState {
  return {
    lang,
    script,
    flags: [],
    orgs: [],
    deeds: {},
    answered: [],
    asked: [],
    pending: null,
    misses: 0,
    awaitingGiven: false,
    scamTypeGuess: null,
    numbers: [],
    amounts: [],
    described: false,
    forwarded: false,
    verdict: null,
    emergency: null,
    disputed: false,
    maybeGone: [],
    reportOffer: null,
    reportOffered: [],
    topic: null,
    startedAt: now,
  };
}

/** `given` lexicon ids of cases stored before deeds existed, and the deed each meant. */
const LEGACY_GIVEN: Record<string, string> = {
  money_sent: 'money',
  code_given: 'code',
  password_given: 'password',
  card_given: 'card',
  screen_shared: 'screen',
  app_installed: 'app',
  id_given: 'id',
  personal_info_given: 'personal',
  unspecified: 'unspecified',
};
const legacyCase = z.object({ given: z.array(z.string()).optional(), urgentShown: z.array(z.string()).optional() });
const storedCase = z.object({ lang: z.enum(['zh', 'en']), startedAt: z.number() });

/**
 * A stored case as today's shape. Fields added since it was saved get their defaults, and a case
 * saved before deeds existed keeps what was given and an open emergency: an upgrade never drops
 * what the person already told us. Undefined when what is stored is not a case at all.
 */
export function upgradeCase(stored: unknown): CaseState | undefined {
  const base = storedCase.safeParse(stored);
  if (!base.success) return undefined;
  const c = { ...newCase(base.data.lang, base.data.startedAt), ...(stored as Partial<CaseState>) };
  const legacy = legacyCase.safeParse(stored);
  if (legacy.success && legacy.data.given && Object.keys(c.deeds ?? {}).length === 0) {
    const done = legacy.data.given.map((g) => LEGACY_GIVEN[g]).filter((d): d is string => !!d);
    c.deeds = Object.fromEntries(done.map((d) => [d, 'done' as const]));
    if ((legacy.data.urgentShown?.length ?? 0) > 0 && !c.emergency) c.emergency = { deeds: done, family: false, handled: false };
  }
  return c;
}

const MAX_NUMBERS = 5;
const MAX_AMOUNTS = 10;

const withItem = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);

export interface Evidence {
  /** Red flags this message stated (not negated, not only asked about). */
  flags: readonly { key: string; category: string; id: string }[];
  deeds: Readonly<Record<string, DeedState>>;
}

/**
 * The case after a message, as a new object (the old one is never changed). With
 * `entitiesOnly`, only the caller's details (number, name, job number) and amounts are taken:
 * the message was a question, its words describe no call.
 */
export function withEvidence(
  prev: CaseState,
  r: Recognition,
  ev: Evidence,
  slotFills: ReadonlyMap<string, readonly string[]>,
  entitiesOnly: boolean,
): { next: CaseState; added: number; newFlags: string[] } {
  const c: CaseState = { ...prev, flags: [...prev.flags], orgs: [...prev.orgs], answered: [...prev.answered], numbers: [...prev.numbers], amounts: [...prev.amounts], deeds: { ...prev.deeds } };
  let added = 0;
  const newFlags: string[] = [];
  if (!entitiesOnly) {
    for (const m of ev.flags) {
      if (!c.flags.includes(m.key)) {
        added++;
        newFlags.push(m.key);
        c.flags.push(m.key);
      }
      if (m.category === 'organisation') c.orgs = withItem(c.orgs, m.id);
      for (const [slot, cats] of slotFills) if (cats.includes(m.category)) c.answered = withItem(c.answered, slot);
    }
    // "没问我要任何信息", "they didn't ask for money or codes": a denial answers the question too.
    for (const m of r.allMatches) if (m.negated) for (const [slot, cats] of slotFills) if (cats.includes(m.category) && m.category !== 'organisation') c.answered = withItem(c.answered, slot);
    for (const [deed, state] of Object.entries(ev.deeds)) {
      // Once done, a deed stays done: "我没再转" after a transfer does not bring the money back.
      if (c.deeds[deed] === 'done') continue;
      if (c.deeds[deed] !== state) added++;
      c.deeds[deed] = state;
    }
  }
  // Bounded: a case is a handful of facts, not a store for whatever is pasted into the chat.
  for (const n of r.entities.numbers) {
    if (c.numbers.length < MAX_NUMBERS && !c.numbers.some((x) => x.display === n.display)) {
      c.numbers.push(n);
      added++;
    }
  }
  for (const a of r.entities.amounts) if (c.amounts.length < MAX_AMOUNTS && !c.amounts.includes(a)) c.amounts.push(a);
  if (r.entities.callerName && !c.callerName) c.callerName = r.entities.callerName;
  if (r.entities.jobNumber && !c.jobNumber) c.jobNumber = r.entities.jobNumber;
  // A follow-up ("问我家里有几口人") often reads as "other": it must not undo a family seen earlier.
  const guess = entitiesOnly ? null : r.scamTypeGuess;
  if (guess && (!c.scamTypeGuess || (guess.id !== 'other' && (c.scamTypeGuess.id === 'other' || guess.confidence > c.scamTypeGuess.confidence)))) {
    c.scamTypeGuess = guess;
  }
  return { next: c, added, newFlags };
}

/** Deeds of the case in a given state. */
export function deedsIn(c: Pick<CaseState, 'deeds'>, state: DeedState, among?: readonly string[]): string[] {
  return Object.entries(c.deeds)
    .filter(([d, s]) => s === state && (!among || among.includes(d)))
    .map(([d]) => d);
}
