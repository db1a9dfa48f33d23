/**
 * Structured facts pulled from a normalised message: phone numbers (classified, because the
 * shape of a number is itself evidence), amounts, the caller's claimed name and job number, and
 * which kinds of the person's own secrets the message contains — so we can warn without echoing.
 */

export type NumberKind =
  | 'official_96110' // area code + 96110, or 96110 itself: the real anti-fraud line
  | 'fake_96110' // 96110 with extra prefixes, suffixes or quote marks
  | 'international' // + or 00 prefix
  | 'hotline' // a short service number (110, 12321, 10086...)
  | 'mobile'
  | 'landline'
  | 'other';

export interface PhoneNumber {
  /** Digits with + and - kept, e.g. 021-96110, +8613800000000. */
  display: string;
  kind: NumberKind;
}

export type SecretKind = 'id_number' | 'card_number' | 'code' | 'password' | 'passport';

export interface Entities {
  numbers: PhoneNumber[];
  /** Amounts of money in yuan. */
  amounts: number[];
  callerName?: string;
  jobNumber?: string;
  /** The person's own secrets present in the message; values are never kept. */
  secrets: SecretKind[];
}

const ID_NUMBER = /(?<!\d)\d{17}[\dx](?!\d)/;
/** Passport and travel-permit numbers: one or two letters, then 7 to 9 digits (E12345678). */
const PASSPORT = /(?<![a-z0-9])[a-z]{1,2}\d{7,9}(?![0-9])/;
const CARD_NUMBER = /(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)/;
const CODE_NEAR = /(?:验证码|校验码|动态码|密码|code|otp|pin)[^\d]{0,8}(?<!\d)\d{4,8}(?!\d)|(?<!\d)\d{4,8}(?!\d)[^\d]{0,6}(?:验证码|校验码|code|otp)/;
const JOB_NUMBER = /(?:工号|警号|编号|警官证号|job number|staff number|badge number|badge|employee number)\s*(?:是|为|:|#|no\.?)?\s*(\d{2,10})(?!\d)/;
const NAME_ZH = /(?:名叫|名字叫|名字是|自称叫|他叫|她叫|个叫|人叫|叫做|姓名是)\s*([\u4e00-\u9fa5]{2,3}?)(?=[,.!?，。的\s]|工号|警号|说|处长|科长|警官|主任|经理|$)/;
const SURNAME_ZH = /(?<!百)姓([\u4e00-\u9fa5])(?=的|(?:处长|科长|局长|队长|警官|主任|经理|老师|先生|女士|法官|书记员|检察官|工作人员)|[,，\s]|$)/;
/** A number the person gives as their own ("我自己的手机是…", "my number is…"): never kept. */
const OWN_NUMBER_BEFORE = /(?:我的|我自己的|我家的|本人的?|我(?:的)?(?:手机|电话)(?:号码?|号)?|my own|my (?:cell|number|phone|mobile)(?: number)?(?: is)?)[^\d]{0,8}$/;
/** After a number, these make it the person's own ("13800138000是我自己的号码", "…is my number"). */
const OWN_NUMBER_AFTER = /^[^\d,.;!?]{0,3}(?:是|系|係)?(?:我|我自己|本人|我家|我老婆|我老公|我妈|我爸|我儿子|我女儿|俺)(?:的)?(?:号码|号|手机|电话|手机号|电话号码)|^\s*(?:is|was) (?:my|our)(?: own)? (?:number|phone|mobile|cell)/;
/** Before a name, these make it the person's own ("我的名字叫李明"), not the caller's. */
const OWN_NAME_BEFORE = /(?:我|我的|本人)$/;
/** Words the name patterns can catch that are not names ("他问我名字叫什么", "他叫我们…"). */
const NOT_A_NAME = /^(?:什么|啥|我们|你们|他们|她们|大家|自己|我|你|他|她|人家|家人|老人|孩子)/;
const NAME_EN = /(?:named|name is|calls himself|calls herself|called himself|called herself|introduced himself as|introduced herself as)\s+([a-z]+(?: [a-z]+)?)/;
const PHONE_CANDIDATE = /(?:\+|(?<![\d,.])00)?\s?["'“”‘’]?\d[\d\- ]{1,18}\d["'“”‘’]?(?:\d)?/g;
/** A digit run that is an amount of money, not a phone number: "20000元", "¥500", "3万块". */
const MONEY_AFTER = /^\s*(?:万|千|块|元|rmb|yuan|k\b|w\b)/;
const MONEY_BEFORE = /(?:¥|\$|rmb|yuan)\s*$/;
/** "5,000" → "5000": thousands separators would split one amount into "5" and "000". */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
const AMOUNT = /(?<![\d.])(\d+(?:\.\d+)?)\s*(万|千|k|w)?\s*(?:块钱|块|元|rmb|yuan|¥)/g;
/** Not a count of something else: "两万多条短信", "三千个粉丝". */
const AMOUNT_ZH = /([一二两三四五六七八九十]+)(万|千)(?!多?(?:条|個|个|次|人|名|件|张|張|份|公里|步|字|户|戶|家|台|部|米|斤|年|天|里|粉))(?:块|元)?/g;
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function classifyNumber(raw: string): PhoneNumber | undefined {
  const quoted = /["'“”‘’]/.test(raw);
  const display = raw.replace(/["'“”‘’\s]/g, '');
  const digits = display.replace(/[^\d]/g, '');
  if (digits.length < 3) return undefined;
  if (digits.includes('96110')) {
    const real = /^(?:0\d{2,3}-?)?96110$/.test(display) && !quoted;
    return { display, kind: real ? 'official_96110' : 'fake_96110' };
  }
  if (display.startsWith('+') || display.startsWith('00')) return { display, kind: 'international' };
  if (/^1[3-9]\d{9}$/.test(digits)) return { display, kind: 'mobile' };
  if (/^0\d{2,3}-?\d{7,8}$/.test(display)) return { display, kind: 'landline' };
  if (/^(?:110|119|120|122|12\d{3}|10\d{3}|95\d{3,4})$/.test(digits)) return { display, kind: 'hotline' };
  // Shorter runs are more often amounts or codes than phone numbers.
  if (digits.length >= 7 && digits.length <= 12) return { display, kind: 'other' };
  return undefined;
}

function zhNumber(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (ZH_DIGITS[s[1]!] ?? 0);
  if (s.length === 2 && s[1] === '十') return (ZH_DIGITS[s[0]!] ?? 1) * 10;
  if (s.length === 3 && s[1] === '十') return (ZH_DIGITS[s[0]!] ?? 1) * 10 + (ZH_DIGITS[s[2]!] ?? 0);
  return ZH_DIGITS[s] ?? 0;
}

export function extractEntities(raw: string): Entities {
  const text = raw.replace(THOUSANDS, '$1');
  const secrets: SecretKind[] = [];
  if (ID_NUMBER.test(text)) secrets.push('id_number');
  else if (CARD_NUMBER.test(text)) secrets.push('card_number');
  if (CODE_NEAR.test(text)) secrets.push('code');
  if (PASSPORT.test(text)) secrets.push('passport');

  const numbers: PhoneNumber[] = [];
  if (secrets.length === 0 || /96110|\+|(?<!\d)00/.test(text)) {
    for (const m of text.matchAll(PHONE_CANDIDATE)) {
      // With a code, ID or card in the message, only numbers shaped like a caller's (+, 00,
      // 96110) are kept, and never a digit run that could be the secret itself.
      if (secrets.length > 0 && !/^\s*(?:\+|00)|96110/.test(m[0])) continue;
      const end = m.index + m[0].length;
      if (MONEY_AFTER.test(text.slice(end, end + 5)) || MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      if (OWN_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || OWN_NUMBER_AFTER.test(text.slice(end, end + 16))) continue;
      const n = classifyNumber(m[0].trim());
      // Long digit runs that look like IDs or cards are the person's own: never kept.
      if (!n || ID_NUMBER.test(n.display) || (n.kind === 'other' && CARD_NUMBER.test(n.display))) continue;
      if (secrets.length > 0 && (n.kind === 'other' || n.display.replace(/\D/g, '').length > 14)) continue;
      numbers.push(n);
    }
  }

  const amounts: number[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const unit = m[2] === '万' || m[2] === 'w' ? 10_000 : m[2] === '千' || m[2] === 'k' ? 1_000 : 1;
    amounts.push(Number(m[1]) * unit);
  }
  for (const m of text.matchAll(AMOUNT_ZH)) amounts.push(zhNumber(m[1]!) * (m[2] === '万' ? 10_000 : 1_000));

  const out: Entities = { numbers, amounts, secrets };
  const job = JOB_NUMBER.exec(text);
  if (job) out.jobNumber = job[1]!;
  const zhName = NAME_ZH.exec(text);
  const ownZh = zhName !== null && OWN_NAME_BEFORE.test(text.slice(Math.max(0, zhName.index - 3), zhName.index + 1).replace(/名.*$/, ''));
  const name = zhName && !ownZh ? zhName : /(?:^|[^a-z])my name is/.test(text) ? null : NAME_EN.exec(text);
  if (name && !NOT_A_NAME.test(name[1]!)) out.callerName = name[1]!;
  else {
    const surname = SURNAME_ZH.exec(text);
    if (surname) out.callerName = `${surname[1]}某`;
  }
  // Job numbers are digits too: do not also report them as phone numbers.
  if (out.jobNumber) out.numbers = out.numbers.filter((n) => n.display !== out.jobNumber);
  return out;
}

/** Links written any way: "https://…", "www.…", or a bare domain ("jt-bank.vip/a8"). */
export const LINKS = /(?:https?:\/\/|www\.)\S+|(?<![@\w])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|top|xyz|vip|cc|info|shop|site|online|app|link|me|io)(?:\/\S*)?/gi;

export function linksIn(text: string): string[] {
  return text.match(LINKS) ?? [];
}
