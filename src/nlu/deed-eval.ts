import type { DeedState } from '../content/ids.js';
import type { NAMED_STATE_CUES, Policy } from '../content/schemas.js';
import { DEED_STATES } from '../content/ids.js';
import type { DeedReading } from './deeds.js';
export type { DeedReading };

/** A labelled message: what it says of each deed it mentions. */
export interface DeedGold {
  text: string;
  deeds: Record<string, DeedState>;
}

/** How the dialog turns deed readings into "done" (the same rule the bot uses; dialogs/policy.yaml). */
export interface DonePolicy {
  urgentDeeds: readonly string[];
  /** Minimum probability of "done" for a deed that does not make a case urgent. */
  doneConfidence: number;
  /** For urgent deeds: the mean of the deed's "done" and the message's "gone" must reach this. */
  urgentConfidence: number;
  /** The whole message's "gone" alone at or above this makes it urgent, whatever the deed reading says. */
  goneConfidence: number;
  /** The whole message's "gone" at or above this overrules a doubtful "requested" too. */
  goneOverrulesRequest: number;
}

/** Below this, a deed's state reading is a guess the whole message's "gone" may overrule. */
const DOUBTFUL_STATE = 0.7;
/**
 * The readings "gone" may overrule when doubtful: "about to" and "asked" sit next to "done" in the
 * words ("我已经照做" reads as about to), and a refusal or a stop of one deed often stands beside
 * another done ("钱我是没转出去 … 屏幕共享 我开了"; cross-validation 79.8/6.3 → 80.6/6.4 with these
 * two). A request stays a request ("I must move my savings to a safe account" is what the caller
 * wants, however sure the whole message sounds) unless the message is surer still
 * (thresholds.goneOverrulesRequest). Someone else's loss stays one when the message
 * says who (a neighbour, the news: the "others" cues) or wonders "what if": without either, a
 * doubtful "someone else" is the writer ("我转了4万给冒充公检法的骗子" — 骗子 leans to stories
 * about others in the examples).
 */
const OVERRULED: ReadonlySet<string> = new Set(['about', 'asked', 'stopped', 'refused']);
type NamedCue = (typeof NAMED_STATE_CUES)[number];
const KEEPS_SOMEONE_ELSE: readonly string[] = ['others', 'hypothetical'] satisfies readonly NamedCue[];
const WHAT_IF: NamedCue = 'hypothetical';

/** Something urgent is gone, and the words do not say which: the emergency covers every kind. */
export const UNSPECIFIED_DEED = 'unspecified';

/** The rule as dialogs/policy.yaml sets it: one place, so the bot, the reports and the benches agree. */
export function donePolicy(p: Policy): DonePolicy {
  return { urgentDeeds: p.deeds.urgent, doneConfidence: p.thresholds.doneConfidence, urgentConfidence: p.thresholds.urgentConfidence, goneConfidence: p.thresholds.goneConfidence, goneOverrulesRequest: p.thresholds.goneOverrulesRequest };
}

/** A message's deed readings and its "gone" probability, as the NLU returns them. */
export interface DeedRead {
  deeds: readonly DeedReading[];
  gone: number;
  /** The state cues the message shows (intents/deeds.yaml stateCues); a reader without them gives none. */
  cues?: readonly string[];
}

/**
 * How sure we are that an urgent deed is done: the deed's own reading (done, weighed by how sure
 * we are it is mentioned at all) averaged with the whole message's. Two views of the same words
 * err in different places.
 */
export function urgentScore(r: DeedReading, gone: number): number {
  const done = r.state === 'done' ? r.confidence * Math.min(1, r.mention * 1.5) : 0;
  return (done + gone) / 2;
}

/**
 * The deeds a message says are done, by the policy. The lexicons' `given` phrases are features of
 * the models; only the few entries intents/deeds.yaml names as `override` decide on their own
 * (measured by cross-validation: overriding with every `given` phrase added more false alarms than
 * losses caught).
 */
export function doneDeeds(read: DeedRead, policy: DonePolicy): string[] {
  const done = read.deeds
    .filter((r) => {
      // An override phrase settles a "done" the models doubt; it never turns a request into a deed.
      if (r.phrase && r.state === 'done') return true;
      // "what if I already gave them the code?": a doubtful "done" in a "what if" is the question's, not a deed.
      if (r.state === 'done' && r.confidence < DOUBTFUL_STATE && read.cues?.includes(WHAT_IF)) return false;
      if (policy.urgentDeeds.includes(r.deed)) return r.state === 'done' && urgentScore(r, read.gone) >= policy.urgentConfidence;
      return r.state === 'done' && r.confidence >= policy.doneConfidence;
    })
    .map((r) => r.deed);
  // The two views disagree and the whole message is sure ("我已经照做 转出去四万九" read as
  // "about to"): a miss costs money, a false alarm a minute. The deed most surely mentioned is
  // the one gone; with none, every kind is.
  // Only over a doubtful reading: "要我把卡号报给他" read surely as a request stays one, and a
  // message naming no deed is left to the "maybe" question.
  if (read.gone >= policy.goneConfidence && !done.some((d) => policy.urgentDeeds.includes(d))) {
    const named = read.deeds.filter((r) => policy.urgentDeeds.includes(r.deed) && r.mention >= 0.5).sort((a, b) => b.mention - a.mention)[0];
    // A reader that gives no cues (the SVM peer) keeps every "someone else".
    const saysWhoElse = read.cues === undefined || read.cues.some((c) => KEEPS_SOMEONE_ELSE.includes(c));
    const someoneElse = named?.state === 'other_person' && !saysWhoElse;
    // A doubtful request beside a very sure "gone" is the deed told in words the state model has not
    // met ("本人已轉賬八萬元", "我以经转了", "…先交五千解冻费才能放款，我交了").
    const requestOverruled = named?.state === 'requested' && read.gone >= policy.goneOverrulesRequest;
    if (named && (OVERRULED.has(named.state) || someoneElse || requestOverruled) && named.confidence < DOUBTFUL_STATE) done.push(named.deed);
  }
  return done;
}

export function isUrgent(read: DeedRead, policy: DonePolicy): boolean {
  return doneDeeds(read, policy).some((d) => d === UNSPECIFIED_DEED || policy.urgentDeeds.includes(d));
}

export interface DeedScore {
  examples: number;
  urgent: { positives: number; negatives: number; recall: number; falseUrgent: number; missed: string[]; falseAlarms: string[] };
  /** Per deed: precision and recall of "done". */
  done: { deed: string; precision: number; recall: number; support: number }[];
  /** Per deed: precision and recall of "mentioned at all". */
  mention: { deed: string; precision: number; recall: number; support: number }[];
  /** States, with "none" for a deed not mentioned (or not read). */
  labels: string[];
  /** confusion[i][j]: (message, deed) pairs of labels[i] read as labels[j], over labelled pairs and pairs the reader made up. */
  confusion: number[][];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => (b ? round(a / b) : 0);

export function scoreDeeds(gold: readonly DeedGold[], reads: readonly DeedRead[], policy: DonePolicy, deeds: readonly string[]): DeedScore {
  const labels = [...DEED_STATES, 'none'];
  const idx = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  const tally = new Map(deeds.map((d) => [d, { tp: 0, fp: 0, fn: 0, mtp: 0, mfp: 0, mfn: 0 }]));
  let positives = 0;
  let negatives = 0;
  let caught = 0;
  let falseUrgent = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  gold.forEach((g, i) => {
    const read = reads[i] ?? { deeds: [], gone: 0 };
    const r = read.deeds;
    const expected = Object.entries(g.deeds).some(([d, s]) => s === 'done' && policy.urgentDeeds.includes(d));
    const got = isUrgent(read, policy);
    if (expected) {
      positives++;
      if (got) caught++;
      else missed.push(g.text);
    } else {
      negatives++;
      if (got) {
        falseUrgent++;
        falseAlarms.push(g.text);
      }
    }
    const done = new Set(doneDeeds(read, policy));
    for (const d of deeds) {
      const t = tally.get(d)!;
      const gs = g.deeds[d] ?? 'none';
      const reading = r.find((x) => x.deed === d);
      const rs = reading ? reading.state : 'none';
      if (gs !== 'none' || rs !== 'none') confusion[idx.get(gs)!]![idx.get(rs)!]!++;
      const gDone = gs === 'done';
      if (gDone && done.has(d)) t.tp++;
      else if (done.has(d)) t.fp++;
      else if (gDone) t.fn++;
      if (gs !== 'none' && reading) t.mtp++;
      else if (reading) t.mfp++;
      else if (gs !== 'none') t.mfn++;
    }
  });
  return {
    examples: gold.length,
    urgent: { positives, negatives, recall: ratio(caught, positives), falseUrgent: ratio(falseUrgent, negatives), missed, falseAlarms },
    done: deeds.map((d) => {
      const t = tally.get(d)!;
      return { deed: d, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn), support: t.tp + t.fn };
    }),
    mention: deeds.map((d) => {
      const t = tally.get(d)!;
      return { deed: d, precision: ratio(t.mtp, t.mtp + t.mfp), recall: ratio(t.mtp, t.mtp + t.mfn), support: t.mtp + t.mfn };
    }),
    labels,
    confusion,
  };
}

export function formatDeedScore(title: string, s: DeedScore): string {
  return [
    `## ${title}`,
    '',
    `${s.examples} messages (${s.urgent.positives} with something already gone, ${s.urgent.negatives} near-misses or none): urgent recall ${s.urgent.recall}, false urgent ${s.urgent.falseUrgent}`,
    '',
    '| deed | "done" precision | "done" recall | support | mention precision | mention recall |',
    '|---|---|---|---|---|---|',
    ...s.done.map((d, i) => `| ${d.deed} | ${d.precision} | ${d.recall} | ${d.support} | ${s.mention[i]!.precision} | ${s.mention[i]!.recall} |`),
    '',
    'Deed-state confusion matrix (rows: labelled, columns: read; "none": not mentioned):',
    '',
    `| | ${s.labels.join(' | ')} |`,
    `|---|${s.labels.map(() => '---').join('|')}|`,
    ...s.labels.map((l, i) => `| ${l} | ${s.confusion[i]!.map((n) => (n ? String(n) : '.')).join(' | ')} |`),
    '',
    `Missed (${s.urgent.missed.length}):`,
    '',
    ...s.urgent.missed.slice(0, 30).map((t) => `- ${t}`),
    '',
    `False urgent (${s.urgent.falseAlarms.length}):`,
    '',
    ...s.urgent.falseAlarms.slice(0, 30).map((t) => `- ${t}`),
    '',
  ].join('\n');
}
