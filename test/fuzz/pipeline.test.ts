/**
 * Property-based fuzzing of the whole pipeline: generated lines through the JSON-lines channel
 * into the real bot. Whatever comes in — any unicode, control and direction characters, huge
 * texts, broken JSON, wrong types — nothing crashes and every line gets exactly one answer.
 * FUZZ_RUNS sets the count (CI: the default; `npm run bench:fuzz` runs 100,000 inputs).
 */
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runJsonLines } from '../../src/channels/jsonl.js';
import { redact, MAX_REDACT_CHARS } from '../../src/privacy/redact.js';
import { silentLogger } from '../../src/util/log.js';
import { testApp } from '../helpers/app.js';
import { inputLine, messageText } from '../helpers/fuzz-inputs.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

async function answer(lines: readonly string[]): Promise<string[]> {
  const app = await testApp();
  const input = new PassThrough();
  const out: string[] = [];
  const done = runJsonLines((m) => app.adapter.process(m), silentLogger, input, (l) => out.push(l));
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return out;
}

describe('fuzzing the pipeline', () => {
  it('answers every generated line exactly once, in order, with a well-formed object', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(inputLine, { minLength: 1, maxLength: 6 }), async (lines) => {
        const out = await answer(lines);
        expect(out).toHaveLength(lines.length);
        for (const l of out) {
          expect(l.endsWith('\n')).toBe(true);
          expect(l.slice(0, -1)).not.toContain('\n');
          const o = JSON.parse(l) as { replies: unknown; error?: unknown; responses?: unknown };
          expect(Array.isArray(o.replies)).toBe(true);
          for (const r of o.replies as unknown[]) expect(typeof r).toBe('string');
          if (o.error === undefined) expect(Array.isArray(o.responses)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('redacts any text without throwing, idempotently, within a bounded length', () => {
    fc.assert(
      fc.property(messageText, (text) => {
        const once = redact(text);
        // Placeholders are at most a few times longer than what they replace.
        expect(once.text.length).toBeLessThanOrEqual(MAX_REDACT_CHARS * 4);
        // A text at the cap can grow past it by its placeholders; below it, redacting again changes nothing.
        if (once.text.length <= MAX_REDACT_CHARS) expect(redact(once.text).text).toBe(once.text);
      }),
      { numRuns: RUNS * 20 },
    );
  }, 300_000);
});
