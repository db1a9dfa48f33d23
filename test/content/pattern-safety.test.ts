import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backtrackingRisk, PATTERN_BUDGET_MS } from '../../src/content/pattern-safety.js';
import { loadContent } from '../../src/content/load.js';
import { ContentError, formatIssue } from '../../src/content/yaml-file.js';
import { MAX_INPUT_CHARS } from '../../src/nlu/normalize.js';
import { contentCopies } from '../helpers/content.js';

const copies = contentCopies('callguard-patterns-');
afterEach(copies.cleanup);

describe("operators' regular expressions", () => {
  it('refuses a pattern that would stall every user, naming its file and line', () => {
    const d = copies.copy();
    const f = join(d, 'intents', 'lexicon', 'question.yaml');
    const text = readFileSync(f, 'utf8').replace("      - '是不是", "      - '(?:\\d+\\s?)+号码已登记'\n      - '是不是");
    writeFileSync(f, text);
    let issues: string[] = [];
    try {
      loadContent(d);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      issues = e.issues.map(formatIssue);
    }
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/question\.yaml:\d+.*catastrophically/);
  });

  it.each(['(a+)+$', '([a-z]+)*x', '(?:\\w+\\s?)*完成'])('refuses %s', (p) => {
    expect(backtrackingRisk(p)).toMatch(/catastroph|badly/);
  });

  it('accepts a quadratic pattern, which the longest message still matches within budget', () => {
    const p = '\\d+\\s?(?:万|千|百|块|元)';
    expect(backtrackingRisk(p)).toBeNull();
    // The worst case for it: a message that is all digits, as long as we ever read.
    const text = '1'.repeat(MAX_INPUT_CHARS);
    const t0 = performance.now();
    new RegExp(p, 'u').exec(text);
    expect(performance.now() - t0).toBeLessThan(PATTERN_BUDGET_MS * 20);
  });

  it('accepts every pattern the shipped content uses', () => {
    expect(() => loadContent('.')).not.toThrow();
  });
});
