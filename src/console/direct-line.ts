import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TurnInspection } from '../pipeline/inspection.js';
import type { IncomingMessage, TurnOutput } from '../pipeline/message.js';

/** Runs one console message through the pipeline, with what it decided. */
export type InspectedTurn = (m: IncomingMessage) => Promise<TurnOutput & { inspection: TurnInspection }>;

/** The event activity after each turn's replies, carrying what the pipeline decided. */
export const TURN_EVENT = 'callguard.turn';

/** What Web Chat posts; anything else it adds rides along untouched in the echo. */
const posted = z.looseObject({
  type: z.string().min(1),
  text: z.string().max(4000).optional(),
  from: z.looseObject({ id: z.string().optional(), name: z.string().optional() }).optional(),
});

export interface Activity {
  type: string;
  id: string;
  timestamp: string;
  from: { id: string; name?: string; role: 'user' | 'bot' };
  conversation: { id: string };
  [field: string]: unknown;
}

interface Conversation {
  activities: Activity[];
  /** Turns run one after another, in the order they were posted. */
  queue: Promise<void>;
  turns: number;
}

const BOT = { id: 'callguard', name: 'callguard', role: 'bot' } as const;

/**
 * The part of Direct Line 3.0 that Web Chat's polling client uses (start a conversation, post
 * an activity, get activities after a watermark), answered in-process by the same pipeline as
 * every channel. Conversations live in memory, a bounded number of them: the console is a
 * workbench, the bot's own storage keeps the cases.
 */
export class DirectLineConversations {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly turn: InspectedTurn,
    private readonly o: { maxConversations?: number; maxActivities?: number; onError?: (e: unknown) => void } = {},
  ) {}

  start(): { conversationId: string } {
    const id = randomUUID();
    this.conversations.set(id, { activities: [], queue: Promise.resolve(), turns: 0 });
    const max = this.o.maxConversations ?? 50;
    for (const old of this.conversations.keys()) {
      if (this.conversations.size <= max) break;
      this.conversations.delete(old);
    }
    return { conversationId: id };
  }

  has(id: string): boolean {
    return this.conversations.has(id);
  }

  /** Echoes the activity (as Direct Line does: Web Chat marks it sent) and queues its turn. */
  post(id: string, body: unknown): { id: string } | { error: string } | undefined {
    const c = this.conversations.get(id);
    if (!c) return undefined;
    const parsed = posted.safeParse(body);
    if (!parsed.success) return { error: 'not an activity' };
    const user = { id: `console-${id}`, name: parsed.data.from?.name ?? 'operator', role: 'user' as const };
    const echo = this.append(id, c, { ...parsed.data, from: user });
    if (parsed.data.type === 'message') {
      const text = parsed.data.text ?? '';
      c.queue = c.queue.then(() => this.answer(id, c, echo.id, { user: user.id, text, type: 'text', channel: 'console' }));
    }
    return { id: echo.id };
  }

  /** Activities after `watermark` (a count, as a string), and the new watermark. */
  activities(id: string, watermark: string | undefined): { activities: Activity[]; watermark: string } | undefined {
    const c = this.conversations.get(id);
    if (!c) return undefined;
    const from = Math.max(0, Number.parseInt(watermark ?? '0', 10) || 0);
    return { activities: c.activities.slice(from), watermark: String(c.activities.length) };
  }

  /** Resolves when every turn posted so far has answered (for tests and shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.conversations.values()].map((c) => c.queue));
  }

  private async answer(id: string, c: Conversation, replyToId: string, m: IncomingMessage): Promise<void> {
    try {
      const out = await this.turn(m);
      // Plain text, as WeChat shows it: no markdown reading of the bot's line breaks.
      for (const text of out.replies) this.append(id, c, { type: 'message', text, textFormat: 'plain', replyToId, from: BOT });
      this.append(id, c, { type: 'event', name: TURN_EVENT, replyToId, from: BOT, value: { turn: ++c.turns, ...out.inspection } });
    } catch (e) {
      this.o.onError?.(e);
      this.append(id, c, { type: 'event', name: TURN_EVENT, replyToId, from: BOT, value: { turn: ++c.turns, error: 'the turn failed: see the bot log' } });
    }
  }

  private append(id: string, c: Conversation, a: { type: string; from: Activity['from'] } & Record<string, unknown>): Activity {
    const activity: Activity = { ...a, id: `${id}|${String(c.activities.length).padStart(7, '0')}`, timestamp: new Date().toISOString(), conversation: { id } };
    c.activities.push(activity);
    // A runaway client cannot grow memory without end: past the bound its conversation ends.
    const max = this.o.maxActivities ?? 2000;
    if (c.activities.length > max) this.conversations.delete(id);
    return activity;
  }
}
