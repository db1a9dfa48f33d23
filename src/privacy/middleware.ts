import type { Middleware, TurnContext } from 'botbuilder-core';
import { redact } from './redact.js';
import type { RedactedKind } from './placeholders.js';

/** turnState key: the kinds of personal data taken out of this turn's message. */
export const REDACTED = Symbol('callguard.redacted');

/**
 * The privacy filter at intake, as Bot Framework middleware: every adapter a channel reaches the
 * bot through (ours, and botbuilder's CloudAdapter for /api/messages) runs it before the bot,
 * so the dialogs, storage, events, logs and stats only ever see the redacted text.
 */
export class RedactAtIntake implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const text = context.activity.text;
    if (typeof text === 'string' && text.length > 0) {
      const r = redact(text);
      context.activity.text = r.text;
      context.turnState.set(REDACTED, r.kinds);
    } else if (text !== undefined && typeof text !== 'string') {
      // A client that sends something other than text (the HTTP endpoint takes any JSON).
      context.activity.text = '';
    }
    await next();
  }
}

export function redactedKinds(context: TurnContext): readonly RedactedKind[] {
  return (context.turnState.get(REDACTED) as RedactedKind[] | undefined) ?? [];
}
