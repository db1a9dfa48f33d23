import type { DialogContext } from 'botbuilder-dialogs';
// One part, not the index (which loads prompts and Recognizers-Text): see pipeline/bot.ts.
import { Recognizer } from 'botbuilder-dialogs/lib/recognizer.js';
import type { Activity, RecognizerResult } from 'botbuilder-core';
import type { NluEngine, Recognition } from './engine.js';

/** Where the full Recognition rides inside a RecognizerResult. */
export const RECOGNITION_KEY = 'callguard';

/**
 * The NLU as a Bot Framework Recognizer: intents with calibrated scores, and our entities and
 * red flags under `entities` — so dialogs consume a standard RecognizerResult.
 */
export class CallguardRecognizer extends Recognizer {
  constructor(private readonly nlu: NluEngine) {
    super();
  }

  override async recognize(_dc: DialogContext, activity: Partial<Activity>): Promise<RecognizerResult> {
    return this.recognizeText(activity.text ?? '');
  }

  /** The same, for a text already stripped of a group keyword or @-mention. */
  recognizeText(text: string): RecognizerResult {
    return toRecognizerResult(this.nlu.recognize(text));
  }
}

export function toRecognizerResult(r: Recognition): RecognizerResult {
  const intents: RecognizerResult['intents'] = {};
  for (const { label, value } of r.intents.slice(0, 5)) intents[label] = { score: value };
  if (r.intent === null) intents.None = { score: 1 - r.confidence };
  return {
    text: r.text,
    intents,
    entities: {
      redFlags: r.matches.map((m) => m.key),
      scamTypeGuess: r.scamTypeGuess,
      numbers: r.entities.numbers,
      amounts: r.entities.amounts,
      callerName: r.entities.callerName,
      jobNumber: r.entities.jobNumber,
      secrets: r.entities.secrets,
      [RECOGNITION_KEY]: r,
    },
  };
}

export function recognitionOf(result: RecognizerResult): Recognition {
  return (result.entities as Record<string, unknown>)[RECOGNITION_KEY] as Recognition;
}
