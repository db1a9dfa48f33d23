import { createInterface } from 'node:readline';
import { z } from 'zod';
import { MESSAGE_TYPES, type IncomingMessage, type TurnOutput } from '../pipeline/message.js';
import type { Logger } from '../util/log.js';

/** One input line of the JSON-lines contract (shared/contract.md section 1). */
const inputLine = z.object({
  user: z.string().min(1, 'user must be a non-empty string'),
  text: z.string().nullish().transform((t) => t ?? ''),
  room: z.string().min(1).optional(),
  mention: z.boolean().optional(),
  type: z.string().optional(),
  admin: z.boolean().optional(),
  name: z.string().optional(),
});

export type ParsedLine = { ok: true; message: IncomingMessage } | { ok: false; error: string };

export function parseLine(line: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, error: 'invalid JSON' };
  }
  const r = inputLine.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    const where = i?.path.length ? `${i.path.join('.')}: ` : '';
    return { ok: false, error: `${where}${i?.code === 'invalid_type' && i.path[0] === 'user' ? 'missing "user"' : (i?.message ?? 'invalid')}` };
  }
  const v = r.data;
  // An unknown type is still a message the bot cannot read as text.
  const type = (MESSAGE_TYPES as readonly string[]).includes(v.type ?? 'text') ? (v.type ?? 'text') : 'other';
  return {
    ok: true,
    message: { user: v.user, text: v.text, room: v.room, mention: v.mention, type: type as IncomingMessage['type'], admin: v.admin, name: v.name },
  };
}

export function formatOutput(o: TurnOutput): string {
  return JSON.stringify({ replies: o.replies, intent: o.intent, scamType: o.scamType, risk: o.risk, urgent: o.urgent });
}

/**
 * The JSON-lines channel: exactly one JSON object out per line in, in order, written at once.
 * Nothing else ever goes to stdout.
 */
export async function runJsonLines(
  handle: (m: IncomingMessage) => Promise<TurnOutput>,
  log: Logger,
  input: NodeJS.ReadableStream = process.stdin,
  write: (line: string) => void = (l) => process.stdout.write(l),
): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) {
    let out: string;
    if (line.trim() === '') {
      out = JSON.stringify({ replies: [], error: 'empty line' });
    } else {
      const parsed = parseLine(line);
      if (!parsed.ok) out = JSON.stringify({ replies: [], error: parsed.error });
      else {
        try {
          out = formatOutput(await handle(parsed.message));
        } catch (e) {
          log.error({ err: e }, 'jsonl turn failed');
          out = JSON.stringify({ replies: [], error: 'internal error' });
        }
      }
    }
    write(`${out}\n`);
  }
}
