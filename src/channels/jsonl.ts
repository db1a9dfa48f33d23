import { z } from 'zod';
import { MESSAGE_TYPES, type IncomingMessage, type TurnOutput } from '../pipeline/message.js';
import type { Answer } from '../pipeline/turns.js';
import type { Logger } from '../util/log.js';

/** One input line of the JSON-lines contract (shared/contract.md section 1). */
/** Ids are WeChat-sized; a longer one is a mistake or an attack on memory, not a person. */
const MAX_ID = 256;
const MAX_PATH = 4096;
const inputLine = z.object({
  user: z
    .string({ error: (i) => (i.input === undefined ? 'missing "user"' : '"user" must be a string') })
    .min(1, '"user" must not be empty')
    .max(MAX_ID, `"user" must be at most ${MAX_ID} characters`),
  text: z.string().nullish().transform((t) => t ?? ''),
  // An empty room id is no room: a 1:1 chat.
  room: z
    .string()
    .max(MAX_ID, `"room" must be at most ${MAX_ID} characters`)
    .nullish()
    .transform((r) => (r ? r : undefined)),
  mention: z.boolean().optional(),
  type: z.string().optional(),
  admin: z.boolean().optional(),
  name: z.string().max(MAX_ID, `"name" must be at most ${MAX_ID} characters`).optional(),
  // A local path to the message's media: tests and tools drive image reading with it.
  file: z.string().min(1, '"file" must not be empty').max(MAX_PATH, `"file" must be at most ${MAX_PATH} characters`).optional(),
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
    message: { user: v.user, text: v.text, room: v.room, mention: v.mention, type: type as IncomingMessage['type'], admin: v.admin, name: v.name, channel: 'jsonl', ...(v.file ? { file: v.file } : {}) },
  };
}

export function formatOutput(o: TurnOutput & Pick<Answer, 'story' | 'limited'>): string {
  return JSON.stringify({
    replies: o.replies,
    intent: o.intent,
    scamType: o.scamType,
    risk: o.risk,
    urgent: o.urgent,
    responses: o.responses,
    // Extra fields (the contract allows them): lines judged as one story, and why a line got no answer.
    ...(o.story ? { story: o.story } : {}),
    ...(o.limited ? { limited: o.limited } : {}),
  });
}

export interface JsonLinesOptions {
  /**
   * Answers may wait for later lines (a story window over JSON lines): read on while earlier
   * lines wait, and still write one line per line, in input order.
   */
  overlap?: boolean;
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
  o: JsonLinesOptions = {},
): Promise<void> {
  const answer = async (m: IncomingMessage): Promise<string> => {
    try {
      return formatOutput(await handle(m));
    } catch (e) {
      log.error({ err: e }, 'jsonl turn failed');
      return JSON.stringify({ replies: [], error: 'internal error' });
    }
  };
  let written = Promise.resolve();
  for await (const item of lines(input)) {
    let out: string | Promise<string>;
    if ('tooLong' in item) out = JSON.stringify({ replies: [], error: `line too long (more than ${MAX_LINE_CHARS} characters)` });
    else if (item.text.trim() === '') out = JSON.stringify({ replies: [], error: 'empty line' });
    else {
      const parsed = parseLine(item.text);
      out = parsed.ok ? answer(parsed.message) : JSON.stringify({ replies: [], error: parsed.error });
    }
    if (!o.overlap) {
      write(`${await out}\n`);
      continue;
    }
    const ready = out;
    written = written.then(async () => write(`${await ready}\n`));
  }
  await written;
}

/** Longest input line read (characters); the contract's 1 MB test texts fit with room to spare. */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

export type InputLine = { text: string } | { tooLong: true };

/**
 * Lines split on "\n" only (a trailing "\r" and a byte-order mark dropped): readline would also
 * break on a lone "\r" inside a line and answer one input line twice. Linear in the input: only
 * each new chunk is searched, and a line over MAX_LINE_CHARS is skipped to its end (never held
 * in memory) and reported, so one huge line cannot stall the people behind it.
 */
export async function* lines(input: NodeJS.ReadableStream, max = MAX_LINE_CHARS): AsyncGenerator<InputLine> {
  input.setEncoding('utf8');
  let parts: string[] = [];
  let size = 0;
  let skipping = false;
  const take = (tail: string): InputLine => {
    if (skipping) return { tooLong: true };
    const text = (parts.join('') + tail).replace(/\r$/, '').replace(/^\uFEFF/, '');
    return { text };
  };
  for await (const chunk of input as AsyncIterable<string>) {
    let from = 0;
    let i: number;
    while ((i = chunk.indexOf('\n', from)) >= 0) {
      const piece = chunk.slice(from, i);
      yield size + piece.length > max ? { tooLong: true } : take(piece);
      parts = [];
      size = 0;
      skipping = false;
      from = i + 1;
    }
    const rest = chunk.slice(from);
    if (skipping || rest.length === 0) continue;
    if (size + rest.length > max) {
      skipping = true;
      parts = [];
      size = 0;
    } else {
      parts.push(rest);
      size += rest.length;
    }
  }
  if (skipping) yield { tooLong: true };
  else if (size > 0) yield take('');
}
