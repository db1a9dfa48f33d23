/**
 * Generated inputs for property-based tests and the fuzz benchmark (fast-check): any unicode,
 * control, zero-width and right-to-left characters, the domain's own words and digit runs (so
 * the privacy filter and the NLU's rules are reached, not just skipped), huge texts, malformed
 * JSON lines and fields of the wrong type.
 */
import fc from 'fast-check';

const SPECIAL = [
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\t', '\r', '\u2028', '\u2029',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\ufe0f',
  '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200f', 'שלום', 'مرحبا',
  '\ud800', '\udfff', '😀', '🇨🇳', '👍🏽', 'e\u0301', '①', 'ﷺ', '㎏', '１２３', 'Ａ',
];
const DOMAIN = [
  '验证码', '驗證碼', '密码', '我的号码', '我老婆的手机', '身份证', '卡号', '转账', '安全账户', '公安', '网信办', '96110', '110',
  '+86', '0086', '【中国银行】', 'http://boc-cn.top', 'code', 'password', 'call me back at', 'my account name is', 'summary', '总结', '反诈助手', '⟦code⟧', '⟦',
];
const digits = fc.stringMatching(/^\d{1,20}$/);
const spacedDigits = fc.array(fc.stringMatching(/^\d{3,4}$/), { minLength: 2, maxLength: 6 }).map((a) => a.join(fc.sample(fc.constantFrom(' ', '-', '', '\u200b'), 1)[0]));

/** One piece of a message. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 4, arbitrary: fc.constantFrom(...DOMAIN) },
  { weight: 3, arbitrary: digits },
  { weight: 1, arbitrary: spacedDigits },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);

/** A message text: mostly short mixtures, sometimes huge (up to ~200,000 characters). */
export const messageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.array(piece, { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 200, max: 20_000 })).map(([p, n]) => p.join('').repeat(n).slice(0, 200_000)) },
);

const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }));
const id = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('u1', 'u2', 'u3', 'g-member') }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) });

/** A JSON-lines input object: usually well formed, sometimes with fields of the wrong type. */
const lineObject = fc.record(
  {
    user: fc.oneof({ weight: 9, arbitrary: id }, { weight: 1, arbitrary: wrongType }),
    text: fc.oneof({ weight: 9, arbitrary: messageText }, { weight: 1, arbitrary: wrongType }),
    room: fc.oneof(fc.constantFrom('room-1', 'room-2', ''), wrongType),
    mention: fc.oneof(fc.boolean(), wrongType),
    type: fc.oneof(fc.constantFrom('text', 'image', 'audio', 'video', 'file', 'link', 'emoticon', 'other', 'nonsense'), wrongType),
    admin: fc.oneof(fc.boolean(), wrongType),
    name: fc.oneof(fc.string({ maxLength: 20 }), wrongType),
  },
  { requiredKeys: ['user'] },
);

/** One input line (no newline inside): a JSON object, or something that is not one. */
export const inputLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: lineObject.map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: lineObject.map((o) => JSON.stringify(o)).map((s) => s.slice(0, Math.max(1, Math.floor(s.length / 2)))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '{}', '[]', '{"user":', '\ufeff{"user":"u1","text":"hi"}', '{"user":"u1","text":"\\ud800"}') },
).map((l) => l.replace(/\n/g, ' '));
