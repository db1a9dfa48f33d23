import { createRequire } from 'node:module';
import type { AttackPattern, Diagnostics } from 'recheck';
import { MAX_INPUT_CHARS } from '../nlu/normalize.js';

const require = createRequire(import.meta.url);

/** Longest a pattern may take on the worst message recheck can build for it. */
export const PATTERN_BUDGET_MS = 25;

/**
 * Why an operator's regular expression would stall the bot, or null when it is safe. recheck (an
 * automaton-based ReDoS checker) decides: exponential backtracking is refused outright —
 * `(?:\d+\s?)+号码已登记` takes 18 s on 30 digits. A polynomial one is run on recheck's own
 * attack string grown to the longest message we read (MAX_INPUT_CHARS), and refused if that
 * takes more than PATTERN_BUDGET_MS: recheck cannot see that a lookbehind's {0,80} is bounded.
 * Loaded only when content changed: the checker is 5 MB of JavaScript a cached start never needs.
 */
export function backtrackingRisk(source: string): string | null {
  if (!mayBacktrack(source)) return null;
  const { checkSync } = require('recheck') as { checkSync(source: string, flags: string, params?: { timeout?: number }): Diagnostics };
  const d = checkSync(source, 'u', { timeout: 5000 });
  if (d.status === 'safe') return null;
  if (d.status === 'unknown') return `could not be checked for catastrophic backtracking (${String(d.error)}); simplify it`;
  const hint = 'avoid a repeated group that itself repeats (like (\\d+\\s?)+) or two repetitions that can match the same text side by side';
  if (d.complexity.type === 'exponential') return `can backtrack catastrophically (exponential time, e.g. on "${d.attack.string.slice(0, 40)}"): ${hint}`;
  const ms = worstCaseMs(source, d.attack);
  if (ms > PATTERN_BUDGET_MS) return `can backtrack badly: ${Math.round(ms)} ms on a ${MAX_INPUT_CHARS}-character message (the budget is ${PATTERN_BUDGET_MS} ms): ${hint}`;
  return null;
}

/** A group holding an unbounded repetition, itself repeated without bound: (\d+\s?)+, (a|ab)*. */
const NESTED_UNBOUNDED = /\((?:[^()\\]|\\.)*(?:[*+]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[*+]|\{\d+,\}|\{\d+,\d{3,}\})/;
const UNBOUNDED = /(?<!\\)(?:[*+]|\{\d+,\})/g;

/**
 * Whether a pattern is worth recheck's time (seconds for some): only nested unbounded
 * repetition can be exponential, and only three or more unbounded repetitions can reach degree
 * 3. Everything else, however long, is bounded by the message length (MAX_INPUT_CHARS).
 */
function mayBacktrack(source: string): boolean {
  return NESTED_UNBOUNDED.test(source) || (source.match(UNBOUNDED)?.length ?? 0) >= 3;
}

/** Time to find every match (as the lexicon does) in the attack string pumped to full length. */
export function worstCaseMs(source: string, attack: AttackPattern): number {
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, attack.suffix.length);
  const pumpChars = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const times = Math.max(1, Math.floor((MAX_INPUT_CHARS - fixed) / pumpChars));
  const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
  const re = new RegExp(source, 'gu');
  const t0 = performance.now();
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[0] === '') re.lastIndex++;
  return performance.now() - t0;
}
