import { describe, expect, it } from 'vitest';
import { featureNames, fitLogistic, fitUrgentDecision, urgentFeatures, urgentProbability } from '../../src/nlu/urgent-decision.js';
import type { DeedRead } from '../../src/nlu/deed-eval.js';

const URGENT = ['money', 'code'];
const spec = { cues: ['hypothetical', 'others'] };
const money = (state: 'done' | 'requested' | 'refused', confidence: number, gone: number, cues: string[] = []): DeedRead => ({
  deeds: [{ deed: 'money', state, confidence, mention: 1, phrase: false, pDone: state === 'done' ? confidence : 1 - confidence }],
  gone,
  cues,
});

describe('the fitted urgent layer', () => {
  it('learns the weights that generated the labels (Newton steps, no learning rate)', () => {
    // Labels drawn from a known logistic model over two features; the fit finds its signs and sizes.
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const rows: number[][] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = [rand(), rand()];
      const p = 1 / (1 + Math.exp(-(-1 + 4 * x[0]! - 3 * x[1]!)));
      rows.push(x);
      labels.push(rand() < p);
    }
    const fit = fitLogistic(rows, labels, 0);
    expect(fit.bias).toBeCloseTo(-1, 0);
    expect(fit.weights[0]).toBeCloseTo(4, 0);
    expect(fit.weights[1]).toBeCloseTo(-3, 0);
  });

  it('names one weight per feature, and cues by the names deeds.yaml gives them', () => {
    const names = featureNames(spec);
    expect(names).toContain('cue.hypothetical*gone');
    expect(urgentFeatures(money('done', 0.9, 0.8, ['hypothetical']), URGENT, spec)).toHaveLength(names.length);
  });

  it('fitted on "what if" questions that are no loss, it reads the same words with the cue as less urgent', () => {
    // The same reading, apart from the cue: told as a story it is a loss, asked as "what if" it is not.
    const reads: DeedRead[] = [];
    const gold: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      const c = 0.6 + (i % 40) / 100;
      reads.push(money('done', c, c), money('done', c, c, ['hypothetical']), money('refused', c, 1 - c), money('requested', c, 0.3));
      gold.push(true, false, false, false);
    }
    const model = fitUrgentDecision(reads, gold, URGENT, spec);
    const story = urgentProbability(money('done', 0.8, 0.8), URGENT, spec, model);
    const whatIf = urgentProbability(money('done', 0.8, 0.8, ['hypothetical']), URGENT, spec, model);
    expect(story).toBeGreaterThan(0.5);
    expect(whatIf).toBeLessThan(0.5);
    expect(urgentProbability(money('requested', 0.9, 0.3), URGENT, spec, model)).toBeLessThan(0.5);
  });

  it('a deed that makes nothing urgent weighs nothing', () => {
    const model = { bias: 0, weights: Object.fromEntries(featureNames(spec).map((n) => [n, 1])) };
    const personal: DeedRead = { deeds: [{ deed: 'personal', state: 'done', confidence: 1, mention: 1, phrase: false }], gone: 0, cues: [] };
    expect(urgentProbability(personal, URGENT, spec, model)).toBe(0.5);
  });
});
