import type { Lang } from '../content/ids.js';
import type { PhoneNumber } from '../nlu/entities.js';
import type { Recognition } from '../nlu/engine.js';

export type Risk = 'high' | 'medium' | 'low';

/** What the person has told us about one call. Holds no secret of theirs: only flags. */
export interface CaseState {
  lang: Lang;
  /** Red-flag keys seen ("ask.verification_code", "organisation.cac"...), in order. */
  flags: string[];
  /** Claimed organisations (lexicon ids). */
  orgs: string[];
  /** Items already given away (`given` lexicon ids, or "unspecified"). */
  given: string[];
  /** Slots answered, by a match or by an answer such as "no" / "don't know". */
  answered: string[];
  /** Slots asked so far. */
  asked: string[];
  pending: string | null;
  /** Unusable answers to the pending question in a row. */
  misses: number;
  /** The pending "given" question was implied by the verdict's closing line, not asked. */
  awaitingGiven?: boolean;
  scamTypeGuess: { id: string; confidence: number } | null;
  numbers: PhoneNumber[];
  amounts: number[];
  callerName?: string | undefined;
  jobNumber?: string | undefined;
  /** The person described something (a story, not just "hello"). */
  described: boolean;
  /** The last verdict shown, to tell when new evidence changes it. */
  /** risk null: the verdict was "can't tell yet". */
  verdict: { risk: Risk | null; scamType: string | null } | null;
  /** Urgent items whose emergency steps were already shown. */
  urgentShown: string[];
  startedAt: number;
}

export function newCase(lang: Lang, now: number): CaseState {
  return {
    lang,
    flags: [],
    orgs: [],
    given: [],
    answered: [],
    asked: [],
    pending: null,
    misses: 0,
    scamTypeGuess: null,
    numbers: [],
    amounts: [],
    described: false,
    verdict: null,
    urgentShown: [],
    startedAt: now,
  };
}

const MAX_NUMBERS = 5;
const MAX_AMOUNTS = 10;

const add = <T>(list: T[], item: T) => {
  if (!list.includes(item)) list.push(item);
};

/**
 * Adds what a message says to the case and returns the red-flag keys it added. With
 * `entitiesOnly`, only the caller's details (number, name, job number) and amounts are taken:
 * the message was a question, its words describe no call.
 */
export function mergeEvidence(c: CaseState, r: Recognition, slotFills: Map<string, readonly string[]>, entitiesOnly = false): { added: number; newFlags: string[] } {
  let added = 0;
  const newFlags: string[] = [];
  for (const m of entitiesOnly ? [] : r.matches) {
    if (!c.flags.includes(m.key)) {
      added++;
      newFlags.push(m.key);
    }
    add(c.flags, m.key);
    if (m.category === 'organisation') add(c.orgs, m.id);
    if (m.category === 'given') add(c.given, m.id);
    for (const [slot, cats] of slotFills) if (cats.includes(m.category)) add(c.answered, slot);
  }
  // Bounded: a case is a handful of facts, not a store for whatever is pasted into the chat.
  for (const n of r.entities.numbers) {
    if (c.numbers.length < MAX_NUMBERS && !c.numbers.some((x) => x.display === n.display)) {
      c.numbers.push(n);
      added++;
    }
  }
  for (const a of r.entities.amounts) if (c.amounts.length < MAX_AMOUNTS) add(c.amounts, a);
  if (r.entities.callerName && !c.callerName) c.callerName = r.entities.callerName;
  if (r.entities.jobNumber && !c.jobNumber) c.jobNumber = r.entities.jobNumber;
  // A follow-up ("问我家里有几口人") often reads as "other": it must not undo a family seen earlier.
  const guess = entitiesOnly ? null : r.scamTypeGuess;
  if (guess && (!c.scamTypeGuess || (guess.id !== 'other' && (c.scamTypeGuess.id === 'other' || guess.confidence > c.scamTypeGuess.confidence)))) {
    c.scamTypeGuess = guess;
  }
  return { added, newFlags };
}
