import type { Lang } from '../../content/ids.js';
import type { Bilingual } from '../../content/schemas.js';

/** Texts the WeChat channel itself sends (outside any dialog). */
export interface Notices {
  /** Greeting for new group members (GROUP_GREET_NEW_MEMBERS). */
  greeting: (lang: Lang) => string;
  /** The one polite note a flood gets per window. */
  slowDown: (lang: Lang) => string;
  /** The bot's one introduction when it joins a group (GROUP_INTRODUCE_ON_JOIN). */
  intro: (lang: Lang) => string;
  /** The one greeting a new friend gets after the bot accepted the request. */
  newFriend: (lang: Lang) => string;
}

/** Notices from dialogs/messages.yaml (the validator requires every key); `{keyword}` is filled in. */
export function noticesFrom(messages: Readonly<Record<string, Bilingual>>, keywords: readonly string[]): Notices {
  const pick = (key: 'group_welcome' | 'group_intro' | 'rate_limited' | 'welcome') => (lang: Lang) => {
    const text = messages[key]?.[lang] ?? '';
    return text.replace(/\{keyword\}/g, keywordFor(keywords, lang));
  };
  return { greeting: pick('group_welcome'), slowDown: pick('rate_limited'), intro: pick('group_intro'), newFriend: pick('welcome') };
}

/** The first keyword written in the reader's script, so English readers get a typeable one. */
function keywordFor(keywords: readonly string[], lang: Lang): string {
  const cjk = /[\u3400-\u9fff]/;
  const match = keywords.find((k) => (lang === 'zh' ? cjk.test(k) : !cjk.test(k)));
  return match ?? keywords[0] ?? '';
}
