import type { Lang } from '../content/ids.js';

const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[a-z]/gi;

/**
 * Characters of written Cantonese (in both scripts where they differ): a writer who uses them
 * reads Hong Kong forms, and a Mandarin pinyin keyboard never gives them by mistake.
 */
export const CANTONESE_CHARS = /[佢咗嘅唔冇係啲喺嚟咩哋嘢嗰咁乜畀俾睇揾搵嘞囉喇㗎噉嚿冚攞]/;

/** Chinese function words: a sentence built with them is Chinese, whatever nouns it borrows. */
const GRAMMAR = /[我你他她的了是说在要吗呢把被给就咗佢嘅唔]/g;

/**
 * The language a reply should use, or undefined when the text carries no letters at all
 * (digits, emoji): then the conversation keeps its language. English wins when Latin letters
 * are at least twice the Chinese characters — a rough letters-per-word balance — unless the
 * sentence is built in Chinese ("我按他的steps transfer了五千八": three function words or more) and
 * the letters are not far more (three times) than the Chinese characters.
 */
export function detectLanguage(text: string): Lang | undefined {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cjk === 0 && latin === 0) return undefined;
  const chineseGrammar = (text.match(GRAMMAR)?.length ?? 0) >= 3;
  return latin >= 2 * cjk && latin > 0 && (!chineseGrammar || latin >= 3 * cjk) ? 'en' : 'zh';
}

/** zh, en, or mixed: used to label training examples in reports and exports. */
export function languageMix(text: string): 'zh' | 'en' | 'mixed' {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.match(/[a-z]{2,}/gi)?.length ?? 0;
  if (cjk > 0 && words >= 2) return 'mixed';
  return cjk > 0 ? 'zh' : 'en';
}

/** Two Chinese characters or more: someone who writes them reads Chinese. */
export function writesChinese(text: string): boolean {
  return (text.match(CJK)?.length ?? 0) >= 2;
}

/** Enough of a script to switch a conversation's language: 2+ Chinese characters or 2+ Latin words. */
export function enoughScript(text: string): boolean {
  return writesChinese(text) || (text.match(/[a-z]{2,}/gi)?.length ?? 0) >= 2;
}
