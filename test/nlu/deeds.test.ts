import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';
import { HomophoneRepair } from '../../src/nlu/homophones.js';
import { donePolicy, doneDeeds, goneProbability } from '../../src/nlu/deed-eval.js';

const app = await testApp();
const policy = donePolicy(app.content);
const done = (text: string) => doneDeeds(app.nlu.recognize(text), policy);
const stateOf = (text: string, deed: string) => app.nlu.recognize(text).deeds.find((d) => d.deed === deed)?.state;

describe('deed reading', () => {
  // The issue's own contrasts: one deed, four states.
  it.each([
    ['他让我把短信里的数字发过去，我发了', 'code', 'done'],
    ['他让我把短信里的数字发过去', 'code', 'requested'],
    ['我没给他验证码', 'code', 'refused'],
    ['我没给钱，直接挂了', 'money', 'refused'],
  ])('%s → %s %s', (text, deed, state) => {
    expect(stateOf(text, deed)).toBe(state);
  });

  it.each([
    ['我照他说的都弄了，转了三万过去', ['money']],
    ['share了屏幕 他现在能看到', ['screen']],
    ['I already transferred 20,000 yuan to the safe account', ['money']],
    ['我儿子把验证码念给对方了', ['code']],
  ])('%s: done', (text, deeds) => {
    for (const d of deeds) expect(done(text)).toContain(d);
  });

  it.each([
    '新闻上说有个老人把二十万转给了骗子',
    '银行把我的转账拦下来了，钱还在',
    '我卖东西，买家已经付款了',
    '要是我已经给了验证码怎么办',
    '有个陌生人往我支付宝里转了500块，说是转错了让我退给他，我还没退',
    'He claims he already refunded me 1,200 and I just need to check my balance',
    '刚才有人打电话跟我说：「您好，这里是家政公司，阿姨九点到，费用三百二十元，做完满意了再付款。」这是真的吗？',
  ])('%s: nothing urgent is done', (text) => {
    expect(done(text).filter((d) => policy.urgentDeeds.includes(d))).toEqual([]);
  });
});

describe('the urgent decision over fixed readings (intents/urgent-decision.yaml, thresholds.urgentDecision)', () => {
  // Fixed readings, so the decision is tested apart from what the models make of any wording.
  const read = (state: 'done' | 'requested' | 'about' | 'refused', confidence: number, gone: number, cues: string[] = []) => ({
    deeds: [{ deed: 'money', state, confidence, mention: 1, phrase: false, pDone: state === 'done' ? confidence : (1 - confidence) / 2 }],
    gone,
    cues,
  });
  it.each([
    ['a sure "done", and the message agrees', read('done', 0.9, 0.9), ['money']],
    ['a doubtful "about to" beside a very sure "gone" ("我已经照做 转出去四万九")', read('about', 0.55, 0.95), ['money']],
    ['a doubtful request beside a very sure "gone" ("…先交五千解冻费才能放款，我交了")', read('requested', 0.55, 0.95), ['money']],
    ['a clear request the message does not read as gone', read('requested', 0.9, 0.3), []],
    ['a doubtful "done" the message doubts too', read('done', 0.55, 0.3), []],
    ['a refusal', read('refused', 0.9, 0.1), []],
    ['nothing named, the message only fairly sure: left to the "maybe" question', { deeds: [], gone: 0.6, cues: [] }, []],
  ])('%s', (_, r, want) => {
    expect(doneDeeds(r, policy)).toEqual(want);
  });

  it('"what if" weighs against the same reading told as a story', () => {
    const story = goneProbability(read('done', 0.7, 0.6), policy);
    const whatIf = goneProbability(read('done', 0.7, 0.6, ['hypothetical']), policy);
    expect(whatIf).toBeLessThan(story - 0.1);
  });
});

describe('homophone repair', () => {
  const repair = new HomophoneRepair(['网信办', '身份证', '验证码', '密码', '公安局']);
  it.each([
    ['说是网信半的', '说是网信办的'],
    ['要我的身分证号', '要我的身份证号'],
    ['让我报验正码', '让我报验证码'],
    ['公按局打来的', '公安局打来的'],
  ])('%s → %s', (typo, fixed) => expect(repair.repair(typo)).toBe(fixed));

  it('never takes written Cantonese for a typo ("返嚟食饭" is coming home, not 返利)', () => {
    const cantonese = new HomophoneRepair(['返利', '验证码']);
    expect(cantonese.repair('下个礼拜六返嚟食饭')).toBe('下个礼拜六返嚟食饭');
    expect(cantonese.repair('佢叫我报验正码')).toBe('佢叫我报验证码');
  });

  it('reads a domain word typed in pinyin, whole or in pieces, and leaves English alone', () => {
    const typed = new HomophoneRepair(['验证码', '银行客服', '密码', '立案'], (run) => [run]);
    expect(typed.repair('我把mima告诉他了')).toBe('我把密码告诉他了');
    expect(typed.repair('wo ba yanzhengma gei ta le')).toBe('wo ba 验证码 gei ta le');
    expect(typed.repair('他说是yinhang kefu')).toBe('他说是银行客服');
    // Four letters need Chinese beside them: "Lian" alone is a name, not 立案.
    expect(typed.repair('my friend lian called')).toBe('my friend lian called');
  });

  it('leaves words alone that only sound like a domain word', () => {
    expect(repair.repair('今天天气很好')).toBe('今天天气很好');
  });
});
