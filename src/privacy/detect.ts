import { passesLuhn, validResidentId } from './checksums.js';
import type { RedactedKind } from './placeholders.js';

/** One piece of personal data found in a (folded) text: [start, end) and its kind. */
export interface Finding {
  kind: RedactedKind;
  start: number;
  end: number;
}

// Building blocks, on folded text (lower case, ASCII digits and punctuation).
const FAMILY_ZH = '老婆|老公|妻子|丈夫|爱人|愛人|老伴|媳妇|媳婦|妈妈|媽媽|妈|媽|母亲|母親|爸爸|爸|父亲|父親|儿子|兒子|女儿|女兒|孩子|闺女|閨女|孙子|孫子|孙女|孫女|哥哥|哥|姐姐|姐|弟弟|弟|妹妹|妹|家人|家里人|家裡人|家里|家裡|家';
const FAMILY_EN = "wife|husband|son|daughter|mother|mom|mum|father|dad|kid|child|grandson|granddaughter|grandma|grandpa|brother|sister|family|partner";
const PHONE_WORD_ZH = '手机号码|手機號碼|电话号码|電話號碼|手机号|手機號|手机|手機|电话|電話|号码|號碼|号|號';
const PHONE_WORD_EN = '(?:cell ?phone|cell|phone|mobile|landline|contact)(?: number)?|number';
/** Between a label and its value: "是", ":", "is", "就是", spaces. */
const GAP = '[\\s:=,，]*(?:(?:is|was|are|at|on|是|为|為|就是|是不是)[\\s:=]*)?';
const NOT_DIGIT_BEFORE = '(?<![\\d])';
const NOT_DIGIT_AFTER = '(?![\\d])';
/** A digit run that is an amount, not a code: "5000元", "3000块". */
const MONEY_AFTER = /^\s?(?:万|千|百|元|块|塊|蚊|rmb|yuan|k\b|w\b|%|笔|筆|次|天|个月|個月|年|岁|歲|分钟|小时)/;

const ID_CONTEXT = /(?:身份证|身份證|证件号|證件號|id(?: card)?(?: number| no\.?)?|identity)[^\d]{0,12}$/;
const CARD_CONTEXT = /(?:卡号|卡號|银行卡|銀行卡|信用卡|储蓄卡|儲蓄卡|借记卡|借記卡|账号|帳號|賬號|账户|帳戶|賬戶|card|account|acct)[^\d]{0,12}$/;

const ID_CANDIDATE = new RegExp(`${NOT_DIGIT_BEFORE}(?:\\d{17}[\\dx]|\\d{6}[ -]\\d{8}[ -]\\d{3}[\\dx]|\\d{6}[ -]\\d{4}[ -]\\d{4}[ -]\\d{3}[\\dx]|\\d{15})(?![\\da-z])`, 'g');
const CARD_CANDIDATE = new RegExp(`${NOT_DIGIT_BEFORE}(?:\\d{12,19}|\\d{4}(?:[ -]\\d{4}){2,3}(?:[ -]\\d{1,4})?|\\d{6}[ -]\\d{10,13})${NOT_DIGIT_AFTER}`, 'g');

const CODE_WORD_ZH = '验证码|驗證碼|验证号|驗證號|校验码|校驗碼|动态码|動態碼|短信码|短信碼|确认码|確認碼|授权码|授權碼|安全码|安全碼|提取码|取款码|付款码|收款码';
const CODE_WORD_EN = 'verification code|security code|confirmation code|auth(?:entication|orization)? code|one[- ]time (?:code|password|passcode|pin)|sms code|otp|passcode|pin(?: code| number)?|code';
const ZH_NUMERALS = '[零〇一二三四五六七八九两兩幺]';
const CODE_VALUE = `(?:\\d{4,8}|\\d{3}[ -]\\d{3}|${ZH_NUMERALS}{4,8})`;
/** "验证码是903172", "code: 504118", "the code he sent, 382917": a code word, a short gap, the code. */
/** English words only as whole words (not "barcode"); Chinese ones anywhere. */
const CODE_WORD_RE = `(?:${CODE_WORD_ZH}|(?<![a-z])(?:${CODE_WORD_EN})(?![a-z]))`;
const CODE_AFTER = new RegExp(`${CODE_WORD_RE}(?:${GAP}|[^\\d,，。.;；!！?？\\n\\u0001]{0,10}?)${NOT_DIGIT_BEFORE}(${CODE_VALUE})${NOT_DIGIT_AFTER}`, 'g');
/** "verification code text I didn't request: 504118": a colon before the code, a longer gap. */
const CODE_AFTER_COLON = new RegExp(`${CODE_WORD_RE}[^\\d,，。;；!！?？\\n\\u0001]{0,30}[:：]\\s*${NOT_DIGIT_BEFORE}(${CODE_VALUE})${NOT_DIGIT_AFTER}`, 'g');
/** "903172是验证码", "504118 is the code". */
const CODE_BEFORE = new RegExp(`${NOT_DIGIT_BEFORE}(${CODE_VALUE})${NOT_DIGIT_AFTER}(?=[\\s,，:]{0,2}(?:是|为|為|is|was)?\\s?(?:the |my |his |a )?${CODE_WORD_RE})`, 'g');
/** The three digits on a card's back. */
const CVV = new RegExp(`(?:cvv|cvc|cvn|安全码|安全碼|背面(?:的)?(?:后|後)?三位(?:数|數|数字|數字)?|(?:后|後)三位(?:数|數|数字|數字)?)${GAP}${NOT_DIGIT_BEFORE}(\\d{3,4})${NOT_DIGIT_AFTER}`, 'g');

const PASSWORD_WORD_ZH = '支付密码|支付密碼|登录密码|登錄密碼|取款密码|取款密碼|交易密码|交易密碼|网银密码|網銀密碼|银行卡密码|銀行卡密碼|查询密码|密码|密碼|口令';
const PASSWORD_WORD_EN = 'password|passcode|pass word|pwd';
/** A password as typed: 3 to 40 characters, no spaces, no Chinese, not ending in sentence punctuation, no placeholder inside. */
const PASSWORD_TOKEN = '[^\\s,，。;；!！?？\\u3400-\\u9fff"“”「」\\u0001]{2,39}[^\\s,，。.;；!！?？\\u3400-\\u9fff"“”「」\\u0001]';
const PASSWORD = new RegExp(`(?:${PASSWORD_WORD_ZH}|(?<![a-z])(?:${PASSWORD_WORD_EN})(?![a-z]))(${GAP})(${PASSWORD_TOKEN}|["“「][^"”」\\n]{1,40}["”」]|${ZH_NUMERALS}{4,12})`, 'g');

/** Phone numbers: mobile (with +86), landline, or any international number. */
const PHONE = new RegExp(
  `${NOT_DIGIT_BEFORE}(?:(?:\\+\\s?86|0086|86)[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d){8}${NOT_DIGIT_AFTER}|${NOT_DIGIT_BEFORE}0\\d{2,3}[\\s-]?\\d{7,8}${NOT_DIGIT_AFTER}|(?:\\+|${NOT_DIGIT_BEFORE}00)\\d(?:[\\s-]?\\d){6,14}${NOT_DIGIT_AFTER}`,
  'g',
);
/** Before a number, these make it the writer's own or their family's ("我老婆的手机是…", "call me back at…"). */
const OWN_BEFORE = new RegExp(
  `(?:(?:我|俺|本人)(?:自己)?(?:的)?(?:(?:${FAMILY_ZH})(?:的)?)?(?:${PHONE_WORD_ZH})|联系我|聯繫我|聯絡我|回电话给我|回電話給我|给我回电话|給我回電話|打给我|打給我|回拨给我|` +
    `\\bmy (?:own )?(?:${PHONE_WORD_EN})|\\bmy (?:${FAMILY_EN})(?:'s|s)? (?:own )?(?:${PHONE_WORD_EN})|\\b(?:call|text|reach|contact|ring|phone|message|whatsapp) (?:me|us)(?: back)?(?: (?:at|on))?)${GAP}$`,
);
/** After a number, these make it the writer's own ("13800138000是我自己的号码", "…is my wife's number"). */
const OWN_AFTER = new RegExp(
  `^\\s?[,，]?\\s?(?:是|系|係|就是|为|為)?\\s?(?:我|俺|本人)(?:自己)?(?:的)?(?:(?:${FAMILY_ZH})(?:的)?)?(?:${PHONE_WORD_ZH})|^\\s?[,，]?\\s?(?:is|was|that's|it's)? ?(?:my|our) (?:own )?(?:(?:${FAMILY_EN})(?:'s|s)? )?(?:${PHONE_WORD_EN})`,
);

const ACCOUNT_WORD = "(?:account|user ?name|user id|login|wechat id|wechat|apple id|qq|alipay)(?: name| id| number)?";
const ACCOUNT = new RegExp(
  `(?:\\bmy ${ACCOUNT_WORD}|我的(?:微信号|微信號|微信|账号|帳號|賬號|账户名|帳戶名|户名|戶名|用户名|用戶名|qq号|qq號|qq|支付宝账号|支付寶帳號|支付宝|支付寶|登录名|登錄名))(${GAP})([a-z0-9][a-z0-9_.@+-]{2,39})(?![a-z0-9_.@+-])`,
  'g',
);
const EMAIL = /[a-z0-9][\w.+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;
/** Passport and travel-permit numbers: one or two letters, then 7 to 9 digits (e12345678). */
const PASSPORT = /(?<![a-z0-9])[a-z]{1,2}\d{7,9}(?![a-z0-9])/g;

/** "+8613912345678", "0085212345678": a phone number, whatever its check digit says. */
const phoneShaped = (digits: string, before: string) => digits.length <= 15 && (/\+\s?$/.test(before) || /^(?:00|86)/.test(digits));

const digitsOf = (s: string) => s.replace(/[^\dx]/g, '');

/** Placeholders already in a text (it was redacted before) as filler that no pattern reads as context or value. */
const PLACEHOLDER = /⟦[a-z_]+⟧/g;
const MASK = '\u0001';

/** Every piece of personal data in a folded text, overlaps merged. */
export function detect(folded: string): Finding[] {
  // Control characters are spaces to every detector; the mask is then the only \u0001 left.
  // eslint-disable-next-line no-control-regex
  const text = folded.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(PLACEHOLDER, (m) => MASK.repeat(m.length));
  const out: Finding[] = [];
  const add = (kind: RedactedKind, start: number, end: number) => {
    if (end > start) out.push({ kind, start, end });
  };
  for (const m of text.matchAll(ID_CANDIDATE)) {
    const d = digitsOf(m[0]);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    // The check digit decides; a number the person calls an ID is one even with a typo in it.
    if ((d.length === 18 && validResidentId(d)) || ID_CONTEXT.test(before)) add('id_number', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const d = digitsOf(m[0]);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    // Luhn for cards, the word "卡号" for the few that fail it, and any run of 16 or more
    // digits: longer than any phone number, so never a caller's.
    if (CARD_CONTEXT.test(before)) add('card_number', m.index, m.index + m[0].length);
    else if (!phoneShaped(d, before) && ((d.length >= 13 && passesLuhn(d)) || d.length >= 16)) add('card_number', m.index, m.index + m[0].length);
  }
  for (const re of [CODE_AFTER, CODE_AFTER_COLON]) {
    for (const m of text.matchAll(re)) {
      const value = m[1]!;
      const start = m.index + m[0].length - value.length;
      if (MONEY_AFTER.test(text.slice(start + value.length, start + value.length + 4))) continue;
      add('code', start, start + value.length);
    }
  }
  for (const m of text.matchAll(CODE_BEFORE)) {
    if (!MONEY_AFTER.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 4))) add('code', m.index, m.index + m[1]!.length);
  }
  for (const m of text.matchAll(CVV)) add('code', m.index + m[0].length - m[1]!.length, m.index + m[0].length);
  for (const m of text.matchAll(PASSWORD)) {
    const gap = m[1]!;
    const value = m[2]!;
    // "my password is safe" and "password reset" are no passwords; "password: hunter", a quoted
    // value, one with a digit or a symbol, or any value after a Chinese "密码是" is.
    const clear = /\d|[^\w\s]/.test(value) || /[:=是为為]/.test(gap) || /^["“「]/.test(value) || /^[零〇一二三四五六七八九两兩幺]/.test(value);
    if (!clear || !/[\p{L}\p{N}]/u.test(value) || /^(?:and|or|the|to|for|is|was|of|reset|change|changed|manager|please)$/.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    add('password', start, start + value.length);
  }
  for (const m of text.matchAll(PHONE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(end, end + 24);
    if (OWN_BEFORE.test(before) || OWN_AFTER.test(after)) add('own_number', m.index, end);
  }
  for (const m of text.matchAll(ACCOUNT)) {
    const value = m[2]!;
    const named = /name|id|用户名|用戶名|户名|戶名|登录名|登錄名|微信号|微信號|qq/.test(m[0].slice(0, m[0].length - value.length - m[1]!.length));
    // "my account was frozen" is no account name: a name has a digit or a symbol, or is named as one.
    if (!/[\d_.@]/.test(value) && !(named && /[:=是为為]|is/.test(m[1]!))) continue;
    const start = m.index + m[0].length - value.length;
    add('account', start, start + value.length);
  }
  for (const m of text.matchAll(EMAIL)) add('email', m.index, m.index + m[0].length);
  for (const m of text.matchAll(PASSPORT)) add('passport', m.index, m.index + m[0].length);
  return resolveOverlaps(out);
}

/** Overlapping findings become one: the widest wins, so "a card inside an account" is one placeholder. */
function resolveOverlaps(found: Finding[]): Finding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) last.end = f.end;
      continue;
    }
    out.push({ ...f });
  }
  return out;
}
