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

describe('JSON lines with a story window', () => {
  it('still writes one line per input line, in order, the story answered on its last line', async () => {
    const { turnsFor } = await import('../../src/pipeline/turns.js');
    const { loadConfig } = await import('../../src/config/load.js');
    const { testApp } = await import('../helpers/app.js');
    const { manualTimers } = await import('../helpers/manual-timers.js');
    const app = await testApp();
    const timers = manualTimers();
    const turns = turnsFor(app, loadConfig({ STORAGE: 'memory' }), silentLogger, { windowMs: 2_000, timers });
    const input = [
      { user: 'story-a', text: '刚才有个电话说是公安局的' },
      { user: 'story-b', text: '你好' },
      { user: 'story-a', text: '要我把钱转到安全账户' },
    ].map((l) => `${JSON.stringify(l)}\n`);
    const out: string[] = [];
    let n = 0;
    const handle = (m: IncomingMessage) => {
      const answer = turns.receive(m);
      // Every line is in: the windows close (by hand, not by the clock).
      if (++n === input.length) timers.fireAll();
      return answer;
    };
    await runJsonLines(handle, silentLogger, Readable.from(input), (l) => out.push(l), { overlap: true });
    const lines = out.map((l) => JSON.parse(l) as { replies: string[]; story?: { part: number; of: number }; risk: string | null });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ replies: [], story: { part: 1, of: 2 } });
    expect(lines[1]!.replies.length).toBeGreaterThan(0);
    expect(lines[2]).toMatchObject({ story: { part: 2, of: 2 }, risk: 'high' });
    expect(lines[2]!.replies.length).toBeGreaterThan(0);
  });
});
