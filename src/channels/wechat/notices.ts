import type { Lang } from '../../content/ids.js';
import type { Bilingual } from '../../content/schemas.js';

/** Texts the WeChat channel itself sends (outside any dialog). */
export interface Notices {
  /** Greeting for new group members (GROUP_GREET_NEW_MEMBERS). */
  greeting: (lang: Lang) => string;
  /** The one polite note a flood gets per window. */
  slowDown: (lang: Lang) => string;
}

/**
 * Used only while dialogs/messages.yaml has no `group_welcome` / `rate_limited` key: the
 * wording belongs to the content owner, these are stand-ins so the channel works meanwhile.
 */
const FALLBACK: Record<'group_welcome' | 'rate_limited', Bilingual> = {
  group_welcome: {
    zh: '欢迎新朋友！接到自称公检法、客服、领导的可疑电话，发消息时以“{keyword}”开头或@我，我帮您一起核实。',
    en: 'Welcome! If you get a suspicious call from "police", "customer service" or "your boss", start a message with "{keyword}" or @ me and I will help you check it.',
  },
  rate_limited: {
    zh: '消息有点多，我一时回复不过来。请稍等一分钟再发，我会继续帮您。',
    en: 'That is more messages than I can answer right now. Please wait a minute and write again; I will keep helping you.',
  },
};

/** Notices from the content's messages when present, else the stand-ins; `{keyword}` is filled in. */
export function noticesFrom(messages: Readonly<Record<string, Bilingual>>, keywords: readonly string[]): Notices {
  const pick = (key: keyof typeof FALLBACK) => (lang: Lang) => {
    const text = (messages[key] ?? FALLBACK[key])[lang];
    return text.replace(/\{keyword\}/g, keywordFor(keywords, lang));
  };
  return { greeting: pick('group_welcome'), slowDown: pick('rate_limited') };
}

/** The first keyword written in the reader's script, so English readers get a typeable one. */
function keywordFor(keywords: readonly string[], lang: Lang): string {
  const cjk = /[\u3400-\u9fff]/;
  const match = keywords.find((k) => (lang === 'zh' ? cjk.test(k) : !cjk.test(k)));
  return match ?? keywords[0] ?? '';
}
