/** Longest text taken from one image: a screenshot of a chat, not a document. */
export const MAX_OCR_CHARS = 2_000;

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
/** A space between two Chinese characters or full-width marks. */
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}])`, 'g');

/**
 * A bubble's text wraps mid-word ("安全账\n户"): a line ending in a Chinese character (not a
 * full stop) runs on into a next one starting with one.
 */
const SOFT_WRAP = /^[\u3400-\u9fff，、：；“‘（《][\u3400-\u9fff“‘（《]$/u;

/**
 * OCR output as the bot reads typed text. Engines may space Chinese out ("中 国 银 行", as
 * Tesseract does) and break lines where the bubble wrapped, both of which would hide words from
 * the lexicons. Spaces next to Latin letters and digits stay (a link ends at one).
 */
export function cleanOcrText(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(SPACE_IN_CJK, '').replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .reduce((text, line) => (text === '' ? line : SOFT_WRAP.test(text.slice(-1) + line[0]) ? text + line : `${text}\n${line}`), '')
    .slice(0, MAX_OCR_CHARS);
}
