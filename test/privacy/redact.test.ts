import { describe, expect, it } from 'vitest';
import { passesLuhn, validResidentId } from '../../src/privacy/checksums.js';
import { readPlaceholders } from '../../src/privacy/placeholders.js';
import { redact } from '../../src/privacy/redact.js';

describe('the checks inside the numbers', () => {
  it('accepts a resident ID only with its right check character', () => {
    expect(validResidentId('11010519491231002X')).toBe(true);
    expect(validResidentId('440306198507152314')).toBe(true);
    expect(validResidentId('440306198507152315')).toBe(false);
    expect(validResidentId('4403061985071523')).toBe(false);
  });

  it('accepts a card number only when Luhn agrees', () => {
    expect(passesLuhn('6222021234567894')).toBe(true);
    expect(passesLuhn('6222021234567895')).toBe(false);
    expect(passesLuhn('6228480013579246805')).toBe(true);
  });
});

/** [message, what must be gone, the placeholder that takes its place] */
const REDACTED: [string, string, string][] = [
  ['我的身份证号是440306198507152314', '440306198507152314', '⟦id_number⟧'],
  ['他问了身份证 440306 19850715 2314 我就说了', '440306 19850715 2314', '⟦id_number⟧'],
  ['11010519491231002X', '11010519491231002X', '⟦id_number⟧'],
  ['卡号6222021234567894', '6222021234567894', '⟦card_number⟧'],
  ['card 6222 0212 3456 7894 was used', '6222 0212 3456 7894', '⟦card_number⟧'],
  ['我转到这个账号了：6230 5218 3300 4471 128 户名李建国', '6230 5218 3300 4471 128', '⟦card_number⟧'],
  ['验证码是 903172 要发给他吗', '903172', '⟦code⟧'],
  ['短信里的验证码550913我已经念给对方了', '550913', '⟦code⟧'],
  ['382917是验证码', '382917', '⟦code⟧'],
  ['I got a verification code text I did not request: 504118. Nobody asked me', '504118', '⟦code⟧'],
  ['the code is 7731 and I read it to him', '7731', '⟦code⟧'],
  ['我的验证码是三八二九一七', '三八二九一七', '⟦code⟧'],
  ['背面后三位是123', '123', '⟦code⟧'],
  ['my password is 87654321', '87654321', '⟦password⟧'],
  ['password: hunter2go', 'hunter2go', '⟦password⟧'],
  ['支付密码是abc123，我告诉他了', 'abc123', '⟦password⟧'],
  ['13912345678是我的号码，有人冒充公安打过来', '13912345678', '⟦own_number⟧'],
  ['我老婆的手机 139 1234 5678 也接到了', '139 1234 5678', '⟦own_number⟧'],
  ['call me back at +86 137 2468 1357', '+86 137 2468 1357', '⟦own_number⟧'],
  ['my number is 13698765432', '13698765432', '⟦own_number⟧'],
  ["my wife's phone 13698765432 got the same call", '13698765432', '⟦own_number⟧'],
  ['我的號碼是13912345678', '13912345678', '⟦own_number⟧'],
  ['my account name is zhangsan88', 'zhangsan88', '⟦account⟧'],
  ['my account name is lily', 'lily', '⟦account⟧'],
  ['我的微信号是wxid_abc123', 'wxid_abc123', '⟦account⟧'],
  ['my email is lily.wang@qq.com', 'lily.wang@qq.com', '⟦email⟧'],
  ['护照号E12345678', 'E12345678', '⟦passport⟧'],
];

describe('redaction at intake', () => {
  it.each(REDACTED)('%s', (message, value, mark) => {
    const r = redact(message);
    expect(r.text).not.toContain(value);
    expect(r.text).toContain(mark);
  });

  it('finds digits typed full-width or with invisible characters between them, and keeps the rest as written', () => {
    const r = redact('驗證碼是９０３\u200b１７２，我告訴他了');
    expect(r.text).toBe('驗證碼是⟦code⟧，我告訴他了');
  });

  it('leaves the caller’s details, amounts and card tails alone', () => {
    for (const text of [
      '他用+8613912345678打给我',
      '对方号码0085212345678说是香港警察',
      '他自称警号123456的警官',
      '转了5000元给他',
      '【XX银行】您尾号0617的卡于15:08支出人民币9,870.00',
      'my account was frozen',
      'my password is safe, I never gave it',
      'he asked for a password reset',
      '96110打来说要提醒我',
    ]) {
      expect(redact(text)).toEqual({ text, kinds: [] });
    }
  });

  it('is idempotent: a redacted text redacts to itself', () => {
    for (const [message] of REDACTED) {
      const once = redact(message).text;
      expect(redact(once).text).toBe(once);
    }
  });

  it('lets the NLU read each placeholder as the digits it stood for, and tells which secrets were given', () => {
    const r = readPlaceholders(redact('验证码是903172，我的号码13912345678').text);
    expect(r.forModels).toBe('验证码是111111，我的号码11111111111');
    expect(r.forEntities).not.toMatch(/\d/);
    expect(r.secrets).toEqual(['code']);
  });
});
