import { describe, expect, it } from 'vitest';
import { ASKS_FOR_SECRETS, talk, testApp } from '../helpers/app.js';
import type { TurnOutput } from '../../src/pipeline/message.js';

const app = await testApp();
const all = (outs: TurnOutput[]) => outs.flatMap((o) => o.replies).join('\n');
const last = (outs: TurnOutput[]) => outs[outs.length - 1]!;

interface Case {
  name: string;
  turns: string[];
  risk?: (string | null)[];
  scamType?: (string | null)[];
  urgent?: boolean;
  /** Every pattern must match the replies of the whole conversation. */
  says?: RegExp[];
  /** None may match. */
  never?: RegExp[];
  /** Patterns the FIRST reply of the last turn must match (what leads). */
  leads?: RegExp;
  english?: boolean;
}

const CJK = /[\u3400-\u9fff]/g;
const mostlyEnglish = (s: string) => (s.match(/[a-z]/gi)?.length ?? 0) >= 2 * (s.match(CJK)?.length ?? 0);

const cases: Case[] = [
  {
    name: 'the founding case in one message gets the verdict in the first reply',
    turns: ['有个叫刘伟建的说是上海网信办的，工号9949，说要停我的号码，还问我家保姆什么时候出门'],
    risk: ['high'],
    scamType: ['cyberspace_admin'],
    says: [/诈骗|骗/, /网信办[^\n]{0,20}不会[^\n]{0,12}电话/, /96110/],
  },
  {
    name: 'a vague start gets one question, the answers lead to the verdict',
    turns: ['想问一下，我刚接了个电话感觉不对劲', '说是网信办的工作人员', '问我家里有几口人，白天谁在家'],
    risk: ['high'],
    scamType: ['cyberspace_admin'],
    says: [/自称|谁/, /诈骗|骗/, /96110|110|派出所/],
  },
  {
    name: 'the video-call variant in English',
    turns: ['Someone on a video call said he is a director at the Cyberspace Administration and I must make a transcript and join a WeChat group'],
    risk: ['high'],
    scamType: ['cyberspace_admin'],
    says: [/scam|fraud/i],
    english: true,
  },
  {
    name: 'traditional characters are understood',
    turns: ['有個自稱檢察院的人說我的帳戶涉嫌洗錢，要把錢轉到安全帳戶'],
    risk: ['high'],
    scamType: ['police_judiciary'],
    // Answered in Traditional characters, as written.
    says: [/安全[賬帳]戶/],
  },
  {
    name: 'mixed Chinese and English',
    turns: ['前不久接到电话 the caller claimed he is staff of Cyberspace Administration, 说要停我的机'],
    risk: ['high'],
    scamType: ['cyberspace_admin'],
  },
  {
    name: 'money already sent: the first reply leads with 110',
    turns: ['我刚刚把3万块转给他了，他说是保证金'],
    risk: ['high'],
    urgent: true,
    leads: /110/,
    says: [/止付/],
  },
  {
    name: 'a code given away: call the bank, in English',
    turns: ['I gave him the verification code from my bank, what now?'],
    urgent: true,
    says: [/bank/i, /110/],
    english: true,
  },
  {
    name: 'asking whether to send a code is not having sent it; the code is not echoed',
    turns: ['验证码是 903172 要发给他吗'],
    urgent: false,
    says: [/不要|别|切勿|绝不/],
    never: [/903172/],
  },
  {
    name: 'a genuine 96110 call is not alarmed about',
    turns: ['接到021-96110的电话，说要提醒我防范诈骗，是正规的吗'],
    risk: ['low', null],
    scamType: [null],
    says: [/96110/],
  },
  {
    name: 'a harmless call from the property office',
    turns: ['物业打电话说明天来修水管'],
    risk: ['low', null],
    scamType: [null],
  },
  {
    name: 'a telecom suspension claim',
    turns: ['说是运营商的，说我的手机卡被人冒用了，今天要停机'],
    risk: ['high'],
    scamType: ['telecom'],
  },
  {
    name: 'fake customer service',
    turns: ['电商客服说我买的东西有质量问题，要给我退款，让我加他的QQ'],
    risk: ['high'],
    scamType: ['customer_service'],
  },
  {
    name: 'credit repair in English',
    turns: ['They said they could fix my bad credit record for a fee'],
    risk: ['high'],
    scamType: ['loan_credit'],
    english: true,
  },
  {
    name: 'a boss look-alike wants a transfer',
    turns: ['一个头像和我们老板一样的微信号让我马上给供应商打款'],
    risk: ['high'],
    scamType: ['acquaintance'],
  },
  {
    name: 'how to report',
    turns: ['怎么举报诈骗电话'],
    says: [/96110|110|12321/],
  },
  {
    name: 'does the CAC call citizens?',
    turns: ['网信办会给市民打电话吗'],
    says: [/不会/],
    risk: [null],
  },
  {
    name: 'a report summary has the caller\'s details and none of the person\'s',
    turns: ['有个叫刘伟建的说是网信办的，工号9949，来电号码+86 21 5555 0101，要我报身份证号', '我的身份证号是110101199003074518', '帮我整理一下报案材料'],
    says: [/刘伟建/, /9949/],
    never: [/110101199003074518/],
  },
  {
    name: 'a caller who quoted a real address: the verdict answers that doubt',
    turns: ['有人打电话说是网信办的，我问他真的假的，他就把网信办的地址报出来了，还叫我过去当面谈，这样应该是真的吧？'],
    risk: ['high'],
    scamType: ['cyberspace_admin'],
    says: [/地址[^\n]{0,20}证明不了/],
  },
  {
    name: 'a question about a red flag gets what it means, not a verdict',
    turns: ['屏幕共享是什么意思？为什么不能开'],
    risk: [null],
    says: [/验证码|密码/],
  },
  {
    name: 'a known service number is explained from the directory',
    turns: ['12381发来一条短信说我可能被骗了，要不要回复'],
    risk: [null],
    says: [/12381[^\n]*不用回复/],
  },
  {
    name: 'a question about a kind of number, with no number in it',
    turns: ['Is a call from a number starting with 00 always from abroad?'],
    risk: [null],
    says: [/international|internet/i],
    english: true,
  },
  {
    name: 'amounts with thousands separators are not phone numbers',
    turns: ['My daughter called from her usual number to borrow 5,000 yuan for rent'],
    risk: ['low', null],
    never: [/\+86 or 00/],
  },
  {
    name: 'restart starts a new case',
    turns: ['说是公安局的，要我把钱转到安全账户', '重新开始'],
    risk: [null],
    scamType: [null],
  },
];

describe('verification conversation', () => {
  it.each(cases)('$name', async (c) => {
    const outs = await talk(app, c.turns);
    const end = last(outs);
    const text = all(outs);
    for (const o of outs) expect(o.replies.length).toBeGreaterThan(0);
    if (c.risk) expect(c.risk).toContain(end.risk);
    if (c.scamType) expect(c.scamType).toContain(end.scamType);
    if (c.urgent !== undefined) expect(end.urgent).toBe(c.urgent);
    for (const rx of c.says ?? []) expect(text).toMatch(rx);
    for (const rx of [...(c.never ?? []), ...ASKS_FOR_SECRETS]) expect(text).not.toMatch(rx);
    if (c.leads) expect(end.replies[0]!.split('\n')[0]).toMatch(c.leads);
    if (c.english) expect(mostlyEnglish(text)).toBe(true);
  });

  it('asks at most one question per reply and never the same question twice', async () => {
    const outs = await talk(app, ['我接到一个奇怪的电话', '不知道', '不记得了', '嗯', '不清楚']);
    const questions = outs.flatMap((o) => o.replies).filter((r) => /[?？]\s*$|[?？]（|\)$/.test(r.split('\n').pop() ?? ''));
    for (const o of outs) expect(o.replies.filter((r) => /[?？]/.test(r)).length).toBeLessThanOrEqual(1);
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('falls back with different wording and does not loop on nonsense', async () => {
    const outs = await talk(app, ['asdfgh', 'qwerty zxcv', 'ppppp', '；；；']);
    const replies = outs.map((o) => o.replies.join('\n'));
    expect(replies[0]).not.toBe(replies[1]);
    for (const r of replies) expect(r.length).toBeGreaterThan(0);
  });

  it('escalates when money goes after the verdict', async () => {
    const outs = await talk(app, ['说是检察院的，说我涉嫌洗钱，要我把钱转到安全账户', '我已经转了5万']);
    expect(outs[0]!.urgent).toBe(false);
    expect(outs[1]!.urgent).toBe(true);
    expect(outs[1]!.replies[0]!.split('\n')[0]).toMatch(/110/);
  });

  it('a short "给了" after the verdict gets the emergency steps', async () => {
    const outs = await talk(app, ['自称公安局的说我涉嫌洗钱，要我把存款转到安全账户', '给了']);
    expect(outs[1]!.urgent).toBe(true);
    expect(outs[1]!.replies[0]!.split('\n')[0]).toMatch(/110/);
  });

  it('a red flag told after the verdict is explained, not swallowed', async () => {
    const outs = await talk(app, ['说是检察院的，说我涉嫌洗钱', '他还让我下载一个会议软件，开屏幕共享']);
    expect(outs[1]!.replies.join('\n')).toMatch(/共享/);
  });

  it('"是不是骗子啊" after the verdict gets the verdict in one plain line', async () => {
    const outs = await talk(app, ['有个人说是公安局的，要我把钱转到安全账户', '是不是骗子啊']);
    expect(outs[1]!.replies).toHaveLength(1);
    expect(outs[1]!.replies[0]).toMatch(/骗局/);
    expect(outs[1]!.replies[0]!.split('\n')).toHaveLength(1);
  });

  it('"huh?" gets the question again in other words, not the next one', async () => {
    const outs = await talk(app, ['Got a weird call from someone claiming to be from my bank', 'huh?']);
    expect(outs[1]!.replies.join('\n')).not.toMatch(/threaten/i);
    expect(outs[1]!.replies.join('\n')).toMatch(/\?/);
  });

  it('a passport number typed in is warned about and never repeated', async () => {
    const outs = await talk(app, ["He asked for my passport number, it's E12345678, should I give it to him?", 'summary please']);
    const text = all(outs);
    expect(text).not.toMatch(/12345678/);
    expect(text).toMatch(/never|don't|do not/i);
  });

  it('keeps two people apart', async () => {
    const [a] = await talk(app, ['说是网信办的，要停我的号'], 'same-room-a');
    const [b] = await talk(app, ['你好'], 'same-room-b');
    expect(a!.risk).toBe('high');
    expect(b!.risk).toBeNull();
  });
});
