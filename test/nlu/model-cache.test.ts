import { describe, expect, it } from 'vitest';
import { TextClassifier } from '../../src/nlu/classifier.js';
import { decodeModels, encodeModels, isSoftmaxModel } from '../../src/nlu/model-cache.js';
import type { SoftmaxModel } from '../../src/nlu/softmax.js';

const data = [
  { tokens: ['验证码', '发', '了'], label: 'done' },
  { tokens: ['验证码', '没', '发'], label: 'refused' },
  { tokens: ['转', '钱', '了'], label: 'done' },
  { tokens: ['不', '转', '钱'], label: 'refused' },
];
const other = [
  { tokens: ['验证码', '问'], label: 'yes' },
  { tokens: ['天气', '好'], label: 'no' },
];

describe('the binary model cache', () => {
  const a = TextClassifier.train(data);
  const b = TextClassifier.train(other);
  const tree = { a: a.toModel(), nested: { b: b.toModel() } };
  const decoded = decodeModels(encodeModels(tree)) as { a: SoftmaxModel; nested: { b: SoftmaxModel } };

  it('gives back every model of the tree, predicting as the trained one did', () => {
    expect(isSoftmaxModel(decoded.a) && isSoftmaxModel(decoded.nested.b)).toBe(true);
    for (const [model, trained, text] of [
      [decoded.a, a, ['验证码', '发', '了', '没见过']],
      [decoded.nested.b, b, ['验证码']],
    ] as const) {
      const p = TextClassifier.fromModel(model).predict(text);
      const q = trained.predict(text);
      expect(p.label).toBe(q.label);
      expect(p.confidence).toBeCloseTo(q.confidence, 5);
    }
  });

  it('stores a feature that several models know once, in one index they share', () => {
    expect(decoded.a.shared?.index).toBe(decoded.nested.b.shared?.index);
    expect(decoded.a.shared?.index.size).toBe(new Set([...tree.a.features, ...tree.nested.b.features]).size);
    expect([...decoded.a.features].sort()).toEqual([...tree.a.features].sort());
  });

  it('re-encodes a decoded model to the same bytes', () => {
    expect(encodeModels(decoded).equals(encodeModels(tree))).toBe(true);
  });

  it('refuses a file cut short or not its own, so the models are retrained instead', () => {
    const bytes = encodeModels(tree);
    expect(() => decodeModels(bytes.subarray(0, bytes.byteLength - 64))).toThrow();
    expect(() => decodeModels(Buffer.from('{"intent": {}}'))).toThrow();
  });
});
