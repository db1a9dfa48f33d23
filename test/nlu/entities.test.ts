import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';
import { normalise } from '../../src/nlu/normalize.js';

const ents = (s: string) => extractEntities(normalise(s).text);

describe('extractEntities', () => {
  it.each([
    ['来电显示 021-96110', 'official_96110'],
    ['96110打来的', 'official_96110'],
    ['号码是+86 96110', 'fake_96110'],
    ['显示"96110"', 'fake_96110'],
    ['0096110打的', 'fake_96110'],
    ['+86 138 0013 8000 打过来', 'international'],
    ['号码 13800138000', 'mobile'],
    ['0571-88886666', 'landline'],
  ])('classifies the number in %s as %s', (text, kind) => {
    expect(ents(text).numbers[0]?.kind).toBe(kind);
  });

  it('finds the caller name and job number of the founding case', () => {
    const e = ents('他说他叫刘伟建，工号9949，是网信办的');
    expect(e.callerName).toBe('刘伟建');
    expect(e.jobNumber).toBe('9949');
    expect(e.numbers.map((n) => n.display)).not.toContain('9949');
  });

  it('reads amounts in digits and Chinese numerals', () => {
    expect(ents('我转了3万块').amounts).toEqual([30000]);
    expect(ents('给了他五千元').amounts).toEqual([5000]);
    expect(ents('I sent 2000 yuan').amounts).toEqual([2000]);
  });

  it('notices the person\'s own secrets without keeping them', () => {
    const e = ents('验证码是 903172 要发给他吗');
    expect(e.secrets).toContain('code');
    expect(JSON.stringify(e)).not.toContain('903172');
    const id = ents('我的身份证号 110101199003074518');
    expect(id.secrets).toContain('id_number');
    expect(JSON.stringify(id)).not.toContain('110101199003074518');
    const card = ents('卡号 6222 0212 3456 7890 123');
    expect(card.secrets).toContain('card_number');
    expect(JSON.stringify(card)).not.toContain('6222');
  });
});

describe('amounts are not phone numbers', () => {
  it.each([
    ['she needs 5,000 yuan for rent', 5000],
    ['I transferred 50,000 to them', 50000],
    ['他要我转20000元', 20000],
    ['¥3000 already gone', 3000],
  ])('%s', (text, amount) => {
    const e = ents(text);
    expect(e.numbers).toEqual([]);
    if (/元|yuan/.test(text)) expect(e.amounts).toContain(amount);
  });
});

describe('whose details', () => {
  it('keeps the caller\'s surname and number, never the person\'s own number', () => {
    const e = ents('一个姓陈的说是书记员，来电号码 021-61234567，我自己的手机是 13912345678');
    expect(e.callerName).toBe('陈某');
    expect(e.numbers.map((n) => n.display)).toEqual(['021-61234567']);
  });
});

describe('the person\'s own details are never the caller\'s', () => {
  it.each([
    ['他让我把验证码12345678告诉他，他的号码是+8613812345678', ['+8613812345678']],
    ['我手机号13812345678，他打来的号码是021-61234567', ['021-61234567']],
    ['my cell is 13812345678 and he called from +85291234567', ['+85291234567']],
  ])('%s', (text, numbers) => {
    expect(ents(text).numbers.map((n) => n.display)).toEqual(numbers);
  });

  it.each(['我的名字叫李明，他说是公安', '他问我名字叫什么', '他叫我们别挂电话'])('%s has no caller name', (text) => {
    expect(ents(text).callerName).toBeUndefined();
  });

  it('a job number is never cut out of a longer digit run', () => {
    expect(ents('工号是13812345678').jobNumber).toBeUndefined();
    expect(ents('工号是9949，号码13812345678').jobNumber).toBe('9949');
  });
});
