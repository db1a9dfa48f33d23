import type { RecognizerResult, TurnContext } from 'botbuilder-core';
import type { DeedState } from '../content/ids.js';
import { DECISION, RECOGNIZED } from '../dialogs/verification-dialog.js';
import type { TurnDecision } from '../dialogs/verification.js';
import type { Entities } from '../nlu/entities.js';
import { recognitionOf } from '../nlu/recognizer.js';
import type { TurnOutput } from './message.js';

/**
 * What the pipeline decided on one turn, for the operator console: what the NLU read in the
 * message, and where the case stands after it. It holds what the operator typed (entities), so
 * it goes back only to whoever asked for it and is never logged or stored.
 */
export interface TurnInspection {
  /** Absent when the turn recognised nothing (a group message not addressed to the bot, a sticker). */
  nlu?: {
    /** The intent acted on: null when the top one fell below the fallback threshold. */
    intent: string | null;
    topIntent: string;
    confidence: number;
    /** The next best intents with their scores, best first. */
    alternatives: { label: string; value: number }[];
    scamTypeGuess: { id: string; confidence: number } | null;
    lang: string | null;
    entities: Entities;
    /** Red flags this message stated. */
    flags: string[];
    /** What this message said of each deed it mentions. */
    deeds: { deed: string; state: DeedState; confidence: number }[];
  };
  /** The case after this turn: what the person has told so far, all turns together. */
  case?: {
    flags: string[];
    deeds: Record<string, DeedState>;
    answered: string[];
    asked: string[];
    pending: string | null;
    emergency: boolean;
  };
  intent: string | null;
  scamType: string | null;
  risk: TurnOutput['risk'];
  urgent: boolean;
  responses: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Reads the finished turn's recognition and decision from its turnState. */
export function inspectTurn(context: TurnContext, meta: Omit<TurnOutput, 'replies'>): TurnInspection {
  const out: TurnInspection = { intent: meta.intent, scamType: meta.scamType, risk: meta.risk, urgent: meta.urgent, responses: meta.responses };
  const recognized = context.turnState.get(RECOGNIZED) as RecognizerResult | undefined;
  if (recognized) {
    const r = recognitionOf(recognized);
    out.nlu = {
      intent: r.intent,
      topIntent: r.topIntent,
      confidence: round(r.confidence),
      alternatives: r.intents.slice(1, 4).map((i) => ({ label: i.label, value: round(i.value) })),
      scamTypeGuess: r.scamTypeGuess && { id: r.scamTypeGuess.id, confidence: round(r.scamTypeGuess.confidence) },
      lang: r.lang ?? null,
      entities: r.entities,
      flags: r.matches.map((m) => m.key),
      deeds: r.deeds.map((d) => ({ deed: d.deed, state: d.state, confidence: round(d.confidence) })),
    };
  }
  const decision = context.turnState.get(DECISION) as TurnDecision | undefined;
  if (decision) {
    const c = decision.state;
    out.case = { flags: c.flags, deeds: c.deeds, answered: c.answered, asked: c.asked, pending: c.pending, emergency: c.emergency !== null && !c.emergency.handled };
  }
  return out;
}
