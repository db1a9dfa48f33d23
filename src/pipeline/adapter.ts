import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder-core';
import { StateConflictError } from '../storage/sql-storage.js';
import { KeyedSerial, sleep } from './serial.js';
import { inTurn } from '../storage/turn-versions.js';
import type { ImageReading } from '../ocr/reader.js';
import { inspectTurn, type TurnInspection } from './inspection.js';
import { conversationKey, SILENT, type IncomingMessage, type TurnOutput } from './message.js';

/** turnState key under which the bot leaves the turn's meta fields for the adapter. */
export const TURN_OUTPUT = Symbol('callguard.turnOutput');
/** turnState flag: the turn may throw StateConflictError to be run again on fresh state. */
export const MAY_RETRY = Symbol('callguard.mayRetry');
/**
 * Tries of one turn whose state another process changed meanwhile; after the last the person
 * gets the fallback answer and the update is lost (logged as a failed turn). One person's burst
 * split across two processes can lose a race once per message the other process holds: enough
 * tries for a burst, with a growing, jittered pause so two processes do not collide in step.
 */
const TRIES = 8;
const RETRY_PAUSE_MS = 10;
const CHANNEL_ID = 'callguard';

export type TurnLogic = (context: TurnContext) => Promise<void>;
/** Reads a message's image before its turn; undefined when there is none to read. */
export type ReadImage = (m: IncomingMessage) => Promise<ImageReading | undefined>;

/**
 * The one Bot Framework adapter every channel goes through (terminal, JSON lines, WeChat):
 * channels hand it channel-neutral messages and get replies back, so no channel depends on
 * Bot Framework types and the framework can be swapped here alone.
 */
export class MessageAdapter extends BotAdapter {
  private seq = 0;
  /** Turns redone because another process updated their state meanwhile (for tests and stats). */
  retries = 0;

  constructor(
    private readonly logic: TurnLogic,
    private readonly readImage?: ReadImage,
  ) {
    super();
  }

  toActivity(m: IncomingMessage, image?: ImageReading): Partial<Activity> {
    const conversationId = conversationKey(m);
    return {
      type: ActivityTypes.Message,
      id: String(++this.seq),
      channelId: CHANNEL_ID,
      // A screenshot's text is the message's text: the privacy filter and the bot read it as typed.
      text: image?.kind === 'text' ? image.text : m.text,
      timestamp: new Date(),
      from: { id: m.user, name: m.name ?? m.user, role: 'user' },
      recipient: { id: 'callguard', name: 'callguard', role: 'bot' },
      conversation: { id: conversationId, isGroup: m.room !== undefined, conversationType: m.room ? 'group' : 'personal', name: m.room ?? '' },
      channelData: { room: m.room, mention: m.mention === true, admin: m.admin === true, messageType: m.type, ...(m.botName ? { botName: m.botName } : {}), ...(m.channel ? { channel: m.channel } : {}), ...(image ? { image: { kind: image.kind } } : {}) },
    };
  }

  /** One queue per conversation. */
  private readonly serial = new KeyedSerial();

  /**
   * Runs one message through middleware and the bot; resolves with what the bot sent, and with
   * `inspect`, what the pipeline decided (for the operator console). Messages of one
   * conversation run one after the other in the order they came, however many arrive at once
   * (a turn reads the state the previous one wrote); other conversations run alongside.
   */
  process(m: IncomingMessage): Promise<TurnOutput>;
  process(m: IncomingMessage, o: { inspect: true }): Promise<TurnOutput & { inspection: TurnInspection }>;
  process(m: IncomingMessage, o?: { inspect: true }): Promise<TurnOutput & { inspection?: TurnInspection }> {
    return this.serial.run(conversationKey(m), async () => {
      // In the conversation's order, but before the turn: seconds of OCR hold no state (nor are
      // redone when another process wins the state and the turn runs again).
      const image = await this.readImage?.(m);
      return this.processNow(this.toActivity(m, image), o?.inspect === true);
    });
  }

  private async processNow(activity: Partial<Activity>, inspect: boolean): Promise<TurnOutput & { inspection?: TurnInspection }> {
    for (let attempt = 1; ; attempt++) {
      // A fresh context each time: state is read anew, and replies of a lost try are discarded.
      const context = new TurnContext(this, activity);
      const sent: string[] = [];
      context.turnState.set(SENT, sent);
      context.turnState.set(MAY_RETRY, attempt < TRIES);
      let conflict = false;
      // Caught inside the middleware run: botbuilder hands every other error to onTurnError.
      await inTurn(() =>
        this.runMiddleware(context, async (c) => {
          try {
            await this.logic(c);
          } catch (e) {
            if (!(e instanceof StateConflictError) || attempt >= TRIES) throw e;
            conflict = true;
          }
        }),
      );
      if (conflict) {
        this.retries++;
        await sleep(RETRY_PAUSE_MS * attempt * (0.5 + Math.random()));
        continue;
      }
      const meta = (context.turnState.get(TURN_OUTPUT) as TurnOutput | undefined) ?? SILENT;
      return inspect ? { ...meta, replies: sent, inspection: inspectTurn(context, meta) } : { ...meta, replies: sent };
    }
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sent = context.turnState.get(SENT) as string[];
    return activities.map((a) => {
      if (a.type === ActivityTypes.Message && a.text) sent.push(a.text);
      return { id: String(++this.seq) };
    });
  }

  override async updateActivity(): Promise<void> {
    throw new Error('callguard channels cannot edit sent messages');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('callguard channels cannot delete sent messages');
  }

  override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const context = new TurnContext(this, TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true));
    context.turnState.set(SENT, []);
    await this.runMiddleware(context, logic);
  }
}

const SENT = Symbol('callguard.sent');
