import { z } from 'zod';
import { MESSAGE_TYPES, type IncomingMessage, type TurnOutput } from '../pipeline/message.js';
import type { Logger } from '../util/log.js';

/** One input line of the JSON-lines contract (shared/contract.md section 1). */
const inputLine = z.object({
  user: z.string({ error: (i) => (i.input === undefined ? 'missing "user"' : '"user" must be a string') }).min(1, '"user" must not be empty'),
  text: z.string().nullish().transform((t) => t ?? ''),
  // An empty room id is no room: a 1:1 chat.
  room: z.string().nullish().transform((r) => (r ? r : undefined)),
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
    return { ok: false, error: i?.path[0] === 'user' ? (i.message ?? 'invalid "user"') : `${where}${i?.message ?? 'invalid'}` };
  }
  const v = r.data;
  // An unknown type is still a message the bot cannot read as text.
  const type = (MESSAGE_TYPES as readonly string[]).includes(v.type ?? 'text') ? (v.type ?? 'text') : 'other';
  return {
    ok: true,
    message: { user: v.user, text: v.text, room: v.room, mention: v.mention, type: type as IncomingMessage['type'], admin: v.admin, name: v.name, channel: 'jsonl' },
  };
}

export function formatOutput(o: TurnOutput): string {
  return JSON.stringify({ replies: o.replies, intent: o.intent, scamType: o.scamType, risk: o.risk, urgent: o.urgent, responses: o.responses });
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
  for await (const line of lines(input)) {
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

/**
 * Lines split on "\n" only (a trailing "\r" dropped): readline would also break on a lone "\r"
 * inside a line and answer one input line twice.
 */
async function* lines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let buf = '';
  for await (const chunk of input as AsyncIterable<string>) {
    buf += chunk;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      yield buf.slice(0, i).replace(/\r$/, '');
      buf = buf.slice(i + 1);
    }
  }
  if (buf.length > 0) yield buf.replace(/\r$/, '');
}
