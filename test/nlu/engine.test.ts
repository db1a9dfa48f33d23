import { describe, expect, it } from 'vitest';
import { NluEngine } from '../../src/nlu/engine.js';
import { TextClassifier } from '../../src/nlu/classifier.js';
import { toRecognizerResult } from '../../src/nlu/recognizer.js';
import { testApp } from '../helpers/app.js';

const app = await testApp();
const nlu = app.nlu;

describe('NluEngine.recognize', () => {
  it.each([
    ['', 'empty'],
    ['x'.repeat(1_000_000), '1 MB'],
    [Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 0xffff)).join(''), 'binary garbage'],
    ['\uD83D'.repeat(100), 'lone surrogates'],
    ['(((((((((((((((((((((((((((a+)+)+)+)+)+)+', 'regex-like'],
  ])('never throws on %#: %s', (text) => {
    const r = nlu.recognize(text);
    expect(Array.isArray(r.matches)).toBe(true);
  });

  it.each([
    ['有个+86的视频电话说是网信办处长，要我做笔录', 'describe_call'],
    ['怎么举报诈骗电话', 'ask_report'],
    ['谢谢你啊', 'thanks'],
    ['重新开始', 'restart'],
    ['没有', 'deny'],
    ['是的', 'affirm'],
    ['what can you do', 'help'],
    ['网信办会给人打电话吗', 'ask_does_call'],
  ])('%s → %s', (text, intent) => {
    expect(nlu.recognize(text).intent).toBe(intent);
  });

  it('finds the red flags of the founding case, in traditional characters too', () => {
    for (const text of ['他说是網信辦的，要停我的號，問我家保姆幾點出門', '他说是网信办的，要停我的号，问我家保姆几点出门']) {
      const keys = nlu.recognize(text).matches.map((m) => m.key);
      expect(keys).toEqual(expect.arrayContaining(['organisation.cac', 'threat.suspension', 'ask.household']));
    }
  });

  it('tells a code given from a code asked for, and from a code not given', () => {
    const given = (t: string) => nlu.recognize(t).matches.some((m) => m.key === 'given.code_given');
    expect(given('我把验证码告诉他了')).toBe(true);
    expect(given('验证码是 903172 要发给他吗')).toBe(false);
    expect(given('我没有把验证码告诉他')).toBe(false);
  });

  it('reads "the caller did not ask for any of it" across its clause, up to a "but"', () => {
    const flags = (t: string) => nlu.recognize(t).matches.map((m) => m.key);
    expect(flags("She didn't ask for any password or code, just the time")).not.toContain('ask.password');
    expect(flags('冇叫我俾錢亦冇問我密碼')).not.toContain('ask.password');
    expect(flags('他没让我转账 但是要了我的银行卡密码')).toContain('ask.password');
  });

  it('ends a request where an unpunctuated run-on says the writer did it (voice-to-text)', () => {
    const sent = (t: string) => nlu.recognize(t).matches.some((m) => m.key === 'given.money_sent');
    expect(sent('他要我配合调查让我把退休金转到一个监管账户我就上银行转了三万八这会儿电话打不通了')).toBe(true);
    // A request that tells the writer to act at once is still a request.
    expect(sent('他叫我马上转了三万过去才能解冻')).toBe(false);
    expect(sent('他让我把退休金转到一个监管账户 说转了三万就能查清楚')).toBe(false);
    // Nor does a condition stop at the writer's "我已经": a what-if is not a deed.
    expect(nlu.recognize('如果我已经给了验证码该怎么办').matches.some((m) => m.key === 'given.code_given')).toBe(false);
  });

  it('answers through a Bot Framework RecognizerResult', () => {
    const rr = toRecognizerResult(nlu.recognize('说是检察院的，要我把钱转到安全账户'));
    expect(Object.keys(rr.intents).length).toBeGreaterThan(0);
    expect(rr.entities.redFlags).toContain('money.safe_account');
  });
});

describe('training', () => {
  it('is deterministic: the same content gives the same model', () => {
    // The shipped content, as the app loaded it (validating it again is content/load's test).
    const a = NluEngine.featurise(app.content, nlu.segmenter).intent;
    const m1 = TextClassifier.train(a).toModel();
    const m2 = TextClassifier.train(a).toModel();
    expect(m1.weights).toEqual(m2.weights);
  });

  it('gives calibrated confidences between 0 and 1 that sum to 1', () => {
    const r = nlu.recognize('他说我的号码要被停了');
    const sum = r.intents.reduce((s, x) => s + x.value, 0);
    expect(sum).toBeCloseTo(1, 5);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });
});
