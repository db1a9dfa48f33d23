import { describe, expect, it } from 'vitest';
import { ASKS_FOR_SECRETS, talk, testApp } from '../helpers/app.js';
import type { TurnOutput } from '../../src/pipeline/message.js';

/**
 * What the person gets, asserted by response keys (what the bot chose), urgency and risk, not by
 * wording: operators may reword every text and these still hold.
 */
const app = await testApp();

interface Turn {
  text: string;
  /** The turn's response keys start with these, in order. */
  starts?: string[];
  /** Each of these is among the turn's response keys. */
  has?: string[];
  /** None of these is among them. */
  lacks?: string[];
  urgent?: boolean;
  risk?: (string | null)[];
  scamType?: string[];
  /** No reply text may contain these (pasted digits must never be echoed). */
  never?: RegExp[];
  /** The first reply fits a phone screen: at most this many characters and 6 lines. */
  firstFits?: number;
}

interface Case {
  name: string;
  turns: Turn[];
}

const cases: Case[] = [
  {
    name: 'the seed case: a short verdict that names the 网信办 fact and one thing to do',
    turns: [{ text: '有个叫刘伟建的说是上海网信办的，工号9949，说要停我的号码，还问我家保姆什么时候出门', starts: ['verdict_high', 'flag.organisation.cac', 'now.cyberspace_admin'], risk: ['high'], scamType: ['cyberspace_admin'], firstFits: 150 }],
  },
  {
    name: 'a question naming the claimed office, name and job number is answered by the office',
    turns: [{ text: '说是网信办的王某，工号一二三四，这人是真的吗', starts: ['verdict_high', 'flag.organisation.cac'], risk: ['high'], lacks: ['number_unknown'] }],
  },
  {
    name: 'reasons, numbers and details come on request, not in the first message',
    turns: [
      { text: '说是检察院的，说我涉嫌洗钱，要把钱转到安全账户', starts: ['verdict_high'], lacks: ['red_flags_heading', 'hotlines_heading'] },
      { text: '为什么', starts: ['red_flags_heading'] },
      { text: '打哪个电话', starts: ['hotlines_heading'] },
      { text: '详细', starts: ['red_flags_heading'], has: ['actions_heading', 'hotlines_heading'] },
    ],
  },
  {
    name: 'the emergency stays in front over every follow-up until it is handled',
    turns: [
      { text: '说是银行客服，说我的卡被盗刷了，要帮我把钱挪到新账户' },
      { text: '钱已经打过去了，两万', starts: ['urgent_intro', 'urgent_money'], urgent: true },
      { text: '接下来咋弄', starts: ['emergency_next'], urgent: true },
      { text: '要不要去报案', starts: ['emergency_report'], urgent: true },
      { text: '他又让我打第二笔', starts: ['emergency_again'], urgent: true },
      { text: '已经报警了，卡也冻结了', starts: ['emergency_handled'], urgent: false },
      { text: '还有什么要注意的', starts: ['emergency_aftercare'] },
    ],
  },
  {
    name: 'a card given gets "freeze it through the number on the back"',
    turns: [{ text: '他让我把卡号和卡背面那三位数发过去，我都发了', starts: ['urgent_intro'], has: ['urgent_card'], urgent: true }],
  },
  {
    name: 'a code pasted with the confession: emergency, and the digits never echoed',
    turns: [{ text: '短信里的验证码 550913 我已经念给对方了', has: ['urgent_intro', 'urgent_code'], urgent: true, never: [/550913/] }],
  },
  {
    name: 'screen shared and app installed, in English: stop sharing, uninstall',
    turns: [{ text: 'I installed the app he told me to and let him watch my screen', has: ['urgent_intro', 'urgent_screen', 'urgent_app'], urgent: true }],
  },
  {
    name: 'a family member did it: what the family should do',
    turns: [{ text: '我妈刚才已经把三万块转给那个自称公安的人了', has: ['urgent_intro', 'urgent_money', 'urgent_family'], urgent: true }],
  },
  {
    name: 'a request is not a deed',
    turns: [{ text: '他让我把短信里的数字发过去', urgent: false, lacks: ['urgent_intro'] }],
  },
  {
    name: 'nothing the person already answered is asked again',
    turns: [
      { text: '说是公安局的，说我涉嫌洗钱，我没给钱，直接挂了', starts: ['verdict_high'], has: ['verdict_more_nothing_given'], lacks: ['verdict_more', 'slot.given'] },
    ],
  },
  {
    name: 'what is 紧急止付: the term explained',
    turns: [{ text: '什么是紧急止付', starts: ['glossary.emergency_stop_payment'], risk: [null] }],
  },
  {
    name: 'does the CAC call citizens: the body\'s own fact first',
    turns: [{ text: '网信办会打电话给市民吗', starts: ['flag.organisation.cac', 'does_call_public_body'] }],
  },
  {
    name: 'who are you and what can you do',
    turns: [{ text: '你是谁，能帮我干什么', starts: ['faq.ask_about_bot'] }],
  },
  {
    name: 'customs is checked at 12360, never at the social-security line',
    turns: [
      { text: '说是海关的，我有个包裹里查出违禁品，要转给警方处理', starts: ['verdict_high'], has: ['now_check_with'] },
      { text: '打哪个电话', has: ['hotline.customs_12360'], lacks: ['hotline.social_security_12333'] },
    ],
  },
  {
    name: 'a forwarded SMS is judged as a message, not a call',
    turns: [{ text: '【中国银行】您的账户存在异常，请点击 http://boc-cn.top 认证，否则将冻结', starts: ['verdict_high_message'], lacks: ['slot.identity'] }],
  },
  {
    name: 'a bare link gets what the bot can and cannot check',
    turns: [{ text: 'http://sf-kd.vip/a8', starts: ['link_only'], risk: [null] }],
  },
  {
    name: 'a relative asking for money by chat is the acquaintance scam',
    turns: [{ text: '我在美国读书的表哥微信上说他回国的机票要我先帮他垫8000，他那边卡用不了', risk: ['high'], scamType: ['acquaintance'] }],
  },
  {
    name: 'a call checked through 110 is talked down by that check alone',
    turns: [
      { text: '有人打电话说是派出所的，说我涉嫌一个案子', risk: ['high'] },
      { text: '我刚打110问过了，确实是我们辖区派出所的民警，让我明天去所里当面说明', starts: ['flag.benign.verified_official'], risk: ['low', 'medium'] },
    ],
  },
  {
    name: 'the verdict is disputed: recorded, not argued',
    turns: [
      { text: '说是公安局的，要我把钱转到安全账户', risk: ['high'] },
      { text: '你判断错了，他不是骗子', starts: ['dispute_recorded'] },
    ],
  },
  // Found by a code review: each a class of input, not a sentence.
  {
    name: 'quotes around a word are not the caller speaking: the writer\'s own transfer is read',
    turns: [{ text: '我按"客服"说的转了5万块钱，他说这叫"解冻费"', starts: ['urgent_intro'], urgent: true }],
  },
  {
    name: 'a threat of what will happen is no loss',
    turns: [{ text: '他让我把钱转到安全账户，说不转的话卡里的钱就会被划走', urgent: false, lacks: ['urgent_intro'] }],
  },
  {
    name: 'an everyday word that sounds like a deed word is left alone (回了 is not 汇了)',
    turns: [{ text: '有个人打电话说是客服，我回了他一句就挂了', urgent: false, lacks: ['urgent_intro'] }],
  },
  {
    name: 'a new loss after the emergency was handled opens it again',
    turns: [
      { text: '我刚给骗子转了5万块钱', urgent: true },
      { text: '已经报警了，银行卡也冻结了', starts: ['emergency_handled'], urgent: false },
      { text: '他又打电话来让我再转2万，我又转了2万', starts: ['urgent_intro'], urgent: true },
    ],
  },
  {
    name: 'what closed the emergency does not reopen it',
    turns: [
      { text: '我把验证码告诉骗子了', urgent: true },
      { text: '卡冻结了，密码也改了', starts: ['emergency_handled'] },
      { text: '好的谢谢', urgent: false, lacks: ['urgent_intro'] },
    ],
  },
  {
    name: 'what is screen sharing: the term, not an emergency',
    turns: [{ text: '什么是屏幕共享', starts: ['glossary.screen_sharing'], urgent: false }],
  },
  {
    name: 'the emergency leads even when digits were pasted',
    turns: [{ text: '他让我念验证码，验证码是384756，我已经念给他了', starts: ['urgent_intro'], has: ['no_personal_data'], never: [/384756/] }],
  },
];

const keys = (o: TurnOutput) => o.responses;

describe('judgement, by response keys', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const outs = await talk(app, c.turns.map((t) => t.text));
      c.turns.forEach((t, i) => {
        const o = outs[i]!;
        const where = `turn ${i + 1} (${t.text}): ${JSON.stringify(o.responses)}`;
        if (t.starts) expect(keys(o).slice(0, t.starts.length), where).toEqual(t.starts);
        for (const k of t.has ?? []) expect(keys(o), where).toContain(k);
        for (const k of t.lacks ?? []) expect(keys(o), where).not.toContain(k);
        if (t.urgent !== undefined) expect(o.urgent, where).toBe(t.urgent);
        if (t.risk) expect(t.risk, where).toContain(o.risk);
        if (t.scamType) expect(t.scamType, where).toContain(o.scamType);
        const text = o.replies.join('\n');
        for (const rx of [...(t.never ?? []), ...ASKS_FOR_SECRETS]) expect(text, where).not.toMatch(rx);
        if (t.firstFits) {
          expect(o.replies[0]!.length, where).toBeLessThanOrEqual(t.firstFits);
          expect(o.replies[0]!.split('\n').length, where).toBeLessThanOrEqual(6);
        }
      });
    });
  }

  it('answers Traditional Chinese in Traditional characters', async () => {
    const [o] = await talk(app, ['有個自稱檢察院的人說我的帳戶涉嫌洗錢，要把錢轉到安全帳戶']);
    const text = o!.replies.join('\n');
    expect(text).toMatch(/詐騙|騙/);
    expect(text).not.toMatch(/诈骗|这|说/);
  });

  it('keeps answering in Traditional when a later message has no character that tells', async () => {
    const outs = await talk(app, ['他說他是公安局的，要我把錢轉到安全帳戶', '他是不是真的']);
    expect(outs[1]!.replies.join('\n')).toMatch(/[騙這說號來電]/);
  });

  it('keeps a Chinese conversation in Chinese when a link is pasted', async () => {
    const outs = await talk(app, ['有人发短信给我', 'http://abc-bank.top/verify']);
    expect(outs[1]!.responses).toEqual(['link_only']);
    expect(outs[1]!.replies[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an English verdict fits a phone screen too', async () => {
    const [o] = await talk(app, ['Someone on a video call said he is from the police and I must move my savings to a safe account']);
    expect(o!.risk).toBe('high');
    expect(o!.replies[0]!.length).toBeLessThanOrEqual(350);
    expect(o!.replies[0]!.split('\n').length).toBeLessThanOrEqual(6);
  });
});

describe('in a group', () => {
  it('a reply is one message of at most 4 lines, the emergency included', async () => {
    const room = `room-${Math.random().toString(36).slice(2)}`;
    for (const text of ['反诈助手 说是公安局的，要我把钱转到安全账户', '反诈助手 我已经转了两万，验证码也说了，屏幕也共享了']) {
      const [o] = await talk(app, [{ text, room, mention: false }]);
      expect(o!.replies).toHaveLength(1);
      expect(o!.replies[0]!.split('\n').length).toBeLessThanOrEqual(4);
    }
  });
});
