import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MESSAGE_TYPES, type IncomingMessage, type TurnOutput } from '../pipeline/message.js';
import { parseYamlFile, type ContentIssue } from '../content/yaml-file.js';

const risk = z.enum(['high', 'medium', 'low']).nullable();
const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

/**
 * What a turn (or a whole conversation) must show. Prefer response keys, risk, scam type and
 * urgency — they survive rewording; `match` / `nomatch` (regular expressions over the replies)
 * are for what only the wording can show ("no digits echoed").
 */
const expectation = z.strictObject({
  /** Exactly these response keys, in order. */
  responses: z.array(z.string()).optional(),
  /** These keys among the responses (any order). */
  includes: z.array(z.string()).optional(),
  /** None of these keys. */
  excludes: z.array(z.string()).optional(),
  silent: z.boolean().optional(),
  risk: oneOrMany(risk).optional(),
  notRisk: oneOrMany(risk).optional(),
  scamType: oneOrMany(z.string().nullable()).optional(),
  urgent: z.boolean().optional(),
  match: z.array(z.string()).optional(),
  nomatch: z.array(z.string()).optional(),
  /** The replies are mostly Latin script. */
  english: z.boolean().optional(),
  /** The first reply message's size: a phone screen. */
  maxChars: z.number().int().positive().optional(),
  maxLines: z.number().int().positive().optional(),
});
export type Expectation = z.infer<typeof expectation>;

const turn = z.strictObject({
  say: z.string(),
  /** Another person in the same story (a group), named within this conversation. */
  user: z.string().optional(),
  room: z.string().optional(),
  mention: z.boolean().optional(),
  admin: z.boolean().optional(),
  type: z.enum(MESSAGE_TYPES).optional(),
  expect: expectation.optional(),
});

const conversation = z.strictObject({
  id: z.string().min(1),
  tags: z.array(z.string()).default([]),
  /** Known not to pass yet, and why: it runs, and the day it passes the run says so. */
  pending: z.string().optional(),
  turns: z.array(turn).min(1),
  /** Over the whole conversation: every reply, and the last turn's meta fields. */
  expect: expectation.optional(),
});
export type Conversation = z.infer<typeof conversation>;

export const conversationFile = z.strictObject({
  description: z.string().min(1),
  conversations: z.array(conversation).min(1),
});

export interface ConversationSet {
  file: string;
  conversations: Conversation[];
}

/** Every test/conversations/*.yaml, validated (file:line on error, as for content). */
export function loadConversations(dir: string): { sets: ConversationSet[]; issues: ContentIssue[] } {
  const sets: ConversationSet[] = [];
  const issues: ContentIssue[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const parsed = parseYamlFile(join(dir, f), conversationFile, join(dir, f));
    issues.push(...parsed.issues);
    if (parsed.data) sets.push({ file: f, conversations: parsed.data.conversations });
  }
  return { sets, issues };
}

const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/** Why a turn's output falls short of what was expected: one line per problem, none if it passes. */
export function check(e: Expectation, replies: string[], meta: TurnOutput, responses: string[]): string[] {
  const out: string[] = [];
  const text = replies.join('\n');
  if (e.silent === true && replies.length > 0) out.push('expected silence');
  if (e.silent === false && replies.length === 0) out.push('expected a reply, got silence');
  if (e.responses && JSON.stringify(e.responses) !== JSON.stringify(responses)) out.push(`responses: expected [${e.responses.join(', ')}]`);
  for (const k of e.includes ?? []) if (!responses.includes(k)) out.push(`responses: expected to include ${k}`);
  for (const k of e.excludes ?? []) if (responses.includes(k)) out.push(`responses: must not include ${k}`);
  if (e.risk && !e.risk.includes(meta.risk)) out.push(`risk: expected ${e.risk.join(' or ')}, got ${meta.risk}`);
  if (e.notRisk?.includes(meta.risk)) out.push(`risk: must not be ${meta.risk}`);
  if (e.scamType && !e.scamType.includes(meta.scamType)) out.push(`scamType: expected ${e.scamType.join(' or ')}, got ${meta.scamType}`);
  if (e.urgent !== undefined && e.urgent !== meta.urgent) out.push(`urgent: expected ${e.urgent}, got ${meta.urgent}`);
  for (const rx of e.match ?? []) if (!new RegExp(rx, 'is').test(text)) out.push(`replies: no match for /${rx}/`);
  for (const rx of e.nomatch ?? []) {
    const m = new RegExp(rx, 'is').exec(text);
    if (m) out.push(`replies: forbidden match /${rx}/ → "${m[0].slice(0, 40)}"`);
  }
  if (e.english) {
    const cjk = text.match(CJK)?.length ?? 0;
    const latin = text.match(LATIN)?.length ?? 0;
    if (!(latin > 0 && latin >= 2 * cjk)) out.push('replies: not mostly English');
  }
  const first = replies[0] ?? '';
  if (e.maxChars !== undefined && first.length > e.maxChars) out.push(`first message: ${first.length} characters, at most ${e.maxChars} wanted`);
  if (e.maxLines !== undefined && first.split('\n').length > e.maxLines) out.push(`first message: ${first.split('\n').length} lines, at most ${e.maxLines} wanted`);
  return out;
}

/**
 * Plays a conversation through `send` (the in-process pipeline) and returns a readable report of
 * every turn that fell short: what was said, what was expected, what the bot chose and said.
 */
export async function play(c: Conversation, ns: string, send: (m: IncomingMessage) => Promise<TurnOutput>): Promise<string[]> {
  const problems: string[] = [];
  const all: string[] = [];
  let last: TurnOutput | undefined;
  for (const [i, t] of c.turns.entries()) {
    const m: IncomingMessage = {
      user: `${ns}:${c.id}:${t.user ?? 'u'}`,
      text: t.say,
      type: t.type ?? 'text',
      ...(t.room ? { room: `${ns}:${c.id}:${t.room}` } : {}),
      ...(t.mention !== undefined ? { mention: t.mention } : {}),
      ...(t.admin !== undefined ? { admin: t.admin } : {}),
    };
    last = await send(m);
    all.push(...last.replies);
    const fails = t.expect ? check(t.expect, last.replies, last, last.responses) : [];
    if (fails.length > 0) problems.push(report(`turn ${i + 1}`, t.say, fails, last));
  }
  if (c.expect && last) {
    const fails = check(c.expect, all, last, last.responses);
    if (fails.length > 0) problems.push(report('whole conversation', c.turns.map((t) => t.say).join(' / '), fails, { ...last, replies: all }));
  }
  return problems;
}

function report(where: string, said: string, fails: string[], got: TurnOutput): string {
  return [
    `${where}: «${said.slice(0, 120)}»`,
    ...fails.map((f) => `  ✗ ${f}`),
    `  bot chose: [${got.responses.join(', ')}]  risk=${got.risk} scamType=${got.scamType} urgent=${got.urgent}`,
    ...got.replies.map((r) => `  bot said: ${r.replace(/\n/g, '\n            ')}`),
  ].join('\n');
}
