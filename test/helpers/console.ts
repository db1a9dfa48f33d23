import { expect } from 'vitest';
import { TURN_EVENT } from '../../src/console/direct-line.js';

export interface ConsoleActivity {
  type: string;
  id: string;
  text?: string;
  name?: string;
  replyToId?: string;
  from: { role: string };
  channelData?: { clientActivityID?: string };
  value?: {
    turn: number;
    intent: string | null;
    scamType: string | null;
    risk: string | null;
    responses: string[];
    nlu?: { flags: string[]; confidence: number };
    case?: { flags: string[]; answered: string[] };
  };
}

const json = { 'content-type': 'application/json' };

/**
 * What Web Chat does against the console: start a conversation, post a message, poll until the
 * turn's event arrives. Resolves with every activity of the conversation.
 */
export async function consoleChat(base: string, text: string, headers: Record<string, string> = {}): Promise<ConsoleActivity[]> {
  const start = await fetch(`${base}v3/directline/conversations`, { method: 'POST', headers: { ...json, ...headers }, body: '{}' });
  expect(start.status).toBe(201);
  const { conversationId } = (await start.json()) as { conversationId: string };
  const posted = await fetch(`${base}v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify({ type: 'message', text, from: { id: 'operator', role: 'user' }, channelData: { clientActivityID: 'c-1' } }),
  });
  expect(posted.status).toBe(200);
  for (;;) {
    const page = (await (await fetch(`${base}v3/directline/conversations/${conversationId}/activities?watermark=0`, { headers })).json()) as { activities: ConsoleActivity[] };
    if (page.activities.some((a) => a.name === TURN_EVENT)) return page.activities;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The turn event's inspection in a console conversation. */
export function inspectionOf(activities: readonly ConsoleActivity[]): NonNullable<ConsoleActivity['value']> {
  const v = activities.find((a) => a.name === TURN_EVENT)?.value;
  if (!v) throw new Error('no turn event in the conversation');
  return v;
}
