import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, normalise } from '../../src/nlu/normalize.js';
import { detectLanguage } from '../../src/nlu/language.js';

describe('normalise', () => {
  it.each([
    ['網信辦的人打電話說要停機', '网信办的人打电话说要停机'],
    ['＋８６的視頻電話', '+86的视频电话'],
    ['Press 1!!!', 'press 1!'],
    ['验证码\u200B是\u200D多少？？？', '验证码是多少?'],
    ['他说🙏🙏要转账😱', '他说 要转账'],
    ['a\u0000b\u0007c', 'a b c'],
    ['  many   spaces\n\nhere ', 'many spaces here'],
    // Typed a character at a time: one phrase. Spaces between words stay.
    ['阮 查 某 囝 打 電 話 講 伊 被 騙 了', '阮查某囝打电话讲伊被骗了'],
    ['我 把 钱 转 了 怎么办', '我把钱转了 怎么办'],
    ['他让我转 我没转', '他让我转 我没转'],
    ['好 我 知道了', '好 我 知道了'],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('cuts very long input and says so', () => {
    const r = normalise('骗'.repeat(MAX_INPUT_CHARS * 3));
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBe(MAX_INPUT_CHARS);
  });

  it('survives lone surrogates and binary garbage', () => {
    expect(() => normalise('\uD800abc\uDFFF' + String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)))).not.toThrow();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['他说是网信办的', 'zh'],
    ['He said he was from the bank', 'en'],
    ['前不久接到电话 the caller claimed he is staff of cyberspace administration, 说要停我的机', 'en'],
    ['有个+86的视频电话说是网信办处长 ok', 'zh'],
    ['12345', undefined],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
