import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lines, runJsonLines } from '../../src/channels/jsonl.js';
import type { IncomingMessage, TurnOutput } from '../../src/pipeline/message.js';
import { silentLogger } from '../../src/util/log.js';

const echo = async (m: IncomingMessage): Promise<TurnOutput> => ({ replies: [m.text], intent: null, scamType: null, risk: null, urgent: false, responses: [] });

async function run(chunks: string[]): Promise<Record<string, unknown>[]> {
  const out: string[] = [];
  await runJsonLines(echo, silentLogger, Readable.from(chunks), (l) => out.push(l));
  return out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('JSON-lines input', () => {
  it('accepts a byte-order mark and CRLF line ends', async () => {
    const outs = await run([`\uFEFF${JSON.stringify({ user: 'a', text: 'one' })}\r\n`, `${JSON.stringify({ user: 'a', text: 'two' })}\r\n`]);
    expect(outs.map((o) => o.replies)).toEqual([['one'], ['two']]);
  });

  it('answers a line that is too long with an error, and the next line as usual', async () => {
    const huge = JSON.stringify({ user: 'a', text: 'x'.repeat(5 * 1024 * 1024) });
    const chunks = [...(huge.match(/[\s\S]{1,65536}/g) ?? []), '\n', `${JSON.stringify({ user: 'b', text: 'after' })}\n`];
    const outs = await run(chunks);
    expect(outs).toHaveLength(2);
    expect(outs[0]!.error).toMatch(/too long/);
    expect(outs[1]!.replies).toEqual(['after']);
  });

  it('refuses ids no person has', async () => {
    const [o] = await run([`${JSON.stringify({ user: 'u'.repeat(300), text: 'hi' })}\n`]);
    expect(o!.error).toMatch(/"user" must be at most 256/);
  });

  it('reads 40 MB of lines, every one of them', async () => {
    const line = `${JSON.stringify({ user: 'a', text: 'y'.repeat(65_000) })}\n`;
    const chunks = Array.from({ length: 640 }, () => line);
    let n = 0;
    for await (const l of lines(Readable.from(chunks))) if ('text' in l) n++;
    expect(n).toBe(640);
  });
});
