import type { DeedState } from '../content/ids.js';
import type { Content } from '../content/load.js';
import type { NAMED_STATE_CUES } from '../content/schemas.js';
import { DEED_STATES } from '../content/ids.js';
import { stratifiedFolds } from './classifier.js';
import type { DeedReading } from './deeds.js';
import { urgentProbability, type UrgentDecisionModel, type UrgentFeatureSpec } from './urgent-decision.js';
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
  /** "Is something urgent gone": the fitted layer, its features, and the probability that makes it so. */
  decision: UrgentDecision;
}

export interface UrgentDecision {
  model: UrgentDecisionModel;
  spec: UrgentFeatureSpec;
  threshold: number;
}

const WHAT_IF: (typeof NAMED_STATE_CUES)[number] = 'hypothetical';
/** A state reading at least this sure is the model's, not a guess. */
const SURE_STATE = 0.7;

/** Something urgent is gone, and the words do not say which: the emergency covers every kind. */
export const UNSPECIFIED_DEED = 'unspecified';

/** The rule as the content sets it (dialogs/policy.yaml, intents/urgent-decision.yaml): one place, so the bot, the reports and the benches agree. */
export function donePolicy(c: Pick<Content, 'policy' | 'deeds' | 'urgentDecision'>, model: UrgentDecisionModel = c.urgentDecision): DonePolicy {
  return {
    urgentDeeds: c.policy.deeds.urgent,
    doneConfidence: c.policy.thresholds.doneConfidence,
    decision: { model, spec: { cues: Object.keys(c.deeds.stateCues) }, threshold: c.policy.thresholds.urgentDecision },
  };
}

/** A message's deed readings and its "gone" probability, as the NLU returns them. */
export interface DeedRead {
  deeds: readonly DeedReading[];
  gone: number;
  /** The state cues the message shows (intents/deeds.yaml stateCues); a reader without them gives none. */
  cues?: readonly string[];
}

/**
 * How sure one deed's own reading is that it is done, averaged with the whole message's "gone":
 * the doubtful band below the emergency (thresholds.urgentMaybe) is read off it, deed by deed.
 */
export function urgentScore(r: DeedReading, gone: number): number {
  const done = r.state === 'done' ? r.confidence * Math.min(1, r.mention * 1.5) : 0;
  return (done + gone) / 2;
}

/** The fitted layer's probability that something urgent is gone. */
export function goneProbability(read: DeedRead, policy: DonePolicy): number {
  return urgentProbability(read, policy.urgentDeeds, policy.decision.spec, policy.decision.model);
}

/**
 * The deeds a message says are done, by the policy. Whether anything urgent is gone is the fitted
 * layer's call, over every view the models give; which deed it is comes after: those read done,
 * else the one most surely mentioned (the state model read "我已经照做 转出去四万九" as "about
 * to"). The few lexicon phrases intents/deeds.yaml names as `override` settle
 * a "done" on their own (cross-validation: overriding with every `given` phrase added more false
 * alarms than losses caught). A deed that makes nothing urgent is done past doneConfidence.
 */
export function doneDeeds(read: DeedRead, policy: DonePolicy): string[] {
  const urgent = (r: DeedReading) => policy.urgentDeeds.includes(r.deed);
  const done = read.deeds.filter((r) => !urgent(r) && r.state === 'done' && (r.phrase || r.confidence >= policy.doneConfidence)).map((r) => r.deed);
  const phrased = read.deeds.filter((r) => urgent(r) && r.phrase && r.state === 'done').map((r) => r.deed);
  // A message that names no deed ("我给了", "I did") is left to the dialog: it knows what the
  // caller asked for, or asks "is something gone? reply yes".
  const named = read.deeds.filter(urgent).sort((a, b) => b.mention - a.mention);
  if (named.length === 0) return [...done, ...phrased];
  // The layer weighs doubtful readings; a sure one stands. "要帮我把钱挪到新账户" read surely as a
  // request stays one, however much the whole message sounds like a loss.
  const surelyNot = named.every((r) => r.state !== 'done' && r.confidence >= SURE_STATE);
  // "what if I already gave them the code?" is a question: the dialog answers it with what to do
  // if it is gone. Only a deed surely read done makes a "what if" an emergency.
  const whatIf = read.cues?.includes(WHAT_IF) === true && !named.some((r) => r.state === 'done' && r.confidence >= SURE_STATE);
  if (surelyNot || whatIf || goneProbability(read, policy) < policy.decision.threshold) return [...done, ...phrased];
  const readDone = named.filter((r) => r.state === 'done').map((r) => r.deed);
  return [...done, ...new Set([...(readDone.length > 0 ? readDone : [named[0]!.deed]), ...phrased])];
}

export function isUrgent(read: DeedRead, policy: DonePolicy): boolean {
  return doneDeeds(read, policy).some((d) => d === UNSPECIFIED_DEED || policy.urgentDeeds.includes(d));
}

/** The labelled message says an urgent deed is done: what the emergency is for. */
export function somethingGone(g: Pick<DeedGold, 'deeds'>, urgentDeeds: readonly string[]): boolean {
  return Object.entries(g.deeds).some(([d, s]) => s === 'done' && urgentDeeds.includes(d));
}

/** The folds every deed cross-validation uses (eval, fit-urgent, the SVM peer), spread by "something done". */
export function deedFolds(examples: readonly Pick<DeedGold, 'deeds'>[], k: number): number[] {
  return stratifiedFolds(examples.map((e) => (Object.values(e.deeds).includes('done') ? 'done' : 'not')), k);
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
    const expected = somethingGone(g, policy.urgentDeeds);
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
