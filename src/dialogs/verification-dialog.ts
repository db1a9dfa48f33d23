import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
// One part, not the index (which loads prompts and Recognizers-Text): see pipeline/bot.ts.
import { Dialog } from 'botbuilder-dialogs/lib/dialog.js';
import type { Lang } from '../content/ids.js';
import type { RecognizerResult } from 'botbuilder-core';
import { recognitionOf } from '../nlu/recognizer.js';
import type { CaseState } from './case.js';
import type { NumberSeen, TurnDecision, VerificationFlow } from './verification.js';

/** turnState key of this turn's Bot Framework RecognizerResult (from CallguardRecognizer). */
export const RECOGNIZED = Symbol('callguard.recognized');
export const DECISION = Symbol('callguard.decision');

export interface TurnOptions {
  group: boolean;
  /** Reply language forced by a group's admins. */
  lang?: Lang | null;
  /** The person's earlier conversation expired just now: they are told, not greeted. */
  expired?: boolean;
  /** Community reports of the numbers in this message, looked up by the pipeline. */
  reports?: readonly NumberSeen[];
}
export const TURN_OPTIONS = Symbol('callguard.turnOptions');

interface DialogState {
  case?: CaseState;
}

/**
 * Hosts the verification flow on the botbuilder-dialogs stack: the case lives in the dialog's
 * own state (persisted with ConversationState), the dialog never ends by itself — the person's
 * conversation is one long case until they restart.
 */
export class VerificationDialog extends Dialog<TurnOptions> {
  static readonly ID = 'verification';

  constructor(
    private readonly flow: VerificationFlow,
    private readonly defaultLang: Lang,
    private readonly now: () => number = Date.now,
  ) {
    super(VerificationDialog.ID);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.continueDialog(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as DialogState;
    const recognition = recognitionOf(dc.context.turnState.get(RECOGNIZED) as RecognizerResult);
    const opts = (dc.context.turnState.get(TURN_OPTIONS) as TurnOptions | undefined) ?? { group: false };
    const r = opts.lang ? { ...recognition, lang: opts.lang } : recognition;
    const decision: TurnDecision = this.flow.turn(state.case, { recognition: r, group: opts.group, now: this.now(), defaultLang: opts.lang ?? this.defaultLang, expired: opts.expired === true, ...(opts.reports ? { reports: opts.reports } : {}) });
    state.case = decision.state;
    dc.context.turnState.set(DECISION, decision);
    return Dialog.EndOfTurn;
  }
}
