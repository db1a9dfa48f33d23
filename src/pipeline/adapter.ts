import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder-core';
import { conversationKey, SILENT, type IncomingMessage, type TurnOutput } from './message.js';

/** turnState key under which the bot leaves the turn's meta fields for the adapter. */
export const TURN_OUTPUT = Symbol('callguard.turnOutput');
const CHANNEL_ID = 'callguard';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * The one Bot Framework adapter every channel goes through (terminal, JSON lines, WeChat):
 * channels hand it channel-neutral messages and get replies back, so no channel depends on
 * Bot Framework types and the framework can be swapped here alone.
 */
export class MessageAdapter extends BotAdapter {
  private seq = 0;

  constructor(private readonly logic: TurnLogic) {
    super();
  }

  toActivity(m: IncomingMessage): Partial<Activity> {
    const conversationId = conversationKey(m);
    return {
      type: ActivityTypes.Message,
      id: String(++this.seq),
      channelId: CHANNEL_ID,
      text: m.text,
      timestamp: new Date(),
      from: { id: m.user, name: m.name ?? m.user, role: 'user' },
      recipient: { id: 'callguard', name: 'callguard', role: 'bot' },
      conversation: { id: conversationId, isGroup: m.room !== undefined, conversationType: m.room ? 'group' : 'personal', name: m.room ?? '' },
      channelData: { room: m.room, mention: m.mention === true, admin: m.admin === true, messageType: m.type, ...(m.botName ? { botName: m.botName } : {}) },
    };
  }

  /** Runs one message through middleware and the bot; resolves with what the bot sent. */
  async process(m: IncomingMessage): Promise<TurnOutput> {
    const context = new TurnContext(this, this.toActivity(m));
    const sent: string[] = [];
    context.turnState.set(SENT, sent);
    await this.runMiddleware(context, this.logic);
    const meta = (context.turnState.get(TURN_OUTPUT) as TurnOutput | undefined) ?? SILENT;
    return { ...meta, replies: sent };
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
