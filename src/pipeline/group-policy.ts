import type { Lang } from '../content/ids.js';
import type { Recognition } from '../nlu/engine.js';
import { escapeRegExp } from '../nlu/lexicon.js';
import type { GroupMode } from './room-settings.js';

/**
 * When the bot may speak in a group. Shared by every channel (WeChat, JSON lines), so the
 * contract's room/mention/admin fields behave exactly as WeChat groups do.
 */

export interface Addressing {
  /** The message is for the bot: an @-mention, or it starts with one of the bot's keywords. */
  addressed: boolean;
  /** The text without the leading keyword or @name. */
  text: string;
}

export function addressing(text: string, mention: boolean, keywords: readonly string[], botName?: string): Addressing {
  let t = text.trim();
  // Some puppets drop mention lists but keep "@name" in the text: accept both.
  const names = [botName, ...keywords].filter((k): k is string => !!k && k.length > 0);
  let addressed = mention;
  for (const k of names) {
    // An ASCII keyword must end at a word boundary: "callguardian" does not address the bot.
    const boundary = /[a-z0-9]$/i.test(k) ? '(?![a-z0-9])' : '';
    const re = new RegExp(`^@?${escapeRegExp(k)}${boundary}[\\s\\u2005,，:：]*`, 'i');
    if (re.test(t)) {
      t = t.replace(re, '');
      addressed = true;
      break;
    }
  }
  if (mention) t = t.replace(/^@\S+[\s\u2005]*/, '');
  return { addressed, text: t };
}

/** Small talk (dialogs/policy.yaml intents.quietInGroups), or nothing the NLU could place: no reason to speak unasked. */
export function isChitChat(r: Recognition, quiet: ReadonlySet<string>): boolean {
  return r.intent === null || quiet.has(r.intent);
}

export interface GuardInput {
  recognition: Recognition;
  /** Risk of this one message taken alone. */
  risk: 'high' | 'medium' | 'low' | null;
  urgent: boolean;
  now: number;
  lastGuardAt: number;
  cooldownSeconds: number;
  /** Intents never worth an unasked word (dialogs/policy.yaml intents.quietInGroups). */
  quiet: ReadonlySet<string>;
}

/** Guard mode: speak unasked only for a clear, confident sign that someone is at risk. */
export function guardShouldSpeak(g: GuardInput): boolean {
  const r = g.recognition;
  // Money or a code already gone ("我妈已经把三万块转过去了"): the emergency steps go out at once,
  // cooldown or not. The given-lexicon's request and question cues keep "他让我转账" out.
  if (g.urgent && !(r.topIntent && g.quiet.has(r.topIntent))) return true;
  if (g.risk !== 'high') return false;
  // A neighbour passing on an anti-fraud warning ("民警来宣传了，说让你转安全账户的都是骗子")
  // names every red flag and is not at risk.
  if (r.matches.some((m) => m.key === 'benign.fraud_warning')) return false;
  if (r.topIntent && g.quiet.has(r.topIntent)) return false;
  // Two red flags at least, one of them more than a name: one keyword in passing is not enough
  // to interrupt a group.
  const flags = r.matches.filter((m) => m.category !== 'benign' && m.category !== 'organisation');
  if (flags.length < 1 || r.matches.length < 2) return false;
  return g.now - g.lastGuardAt >= g.cooldownSeconds * 1000;
}

export type AdminCommand =
  | { kind: 'mode'; mode: GroupMode }
  | { kind: 'lang'; lang: Lang | null }
  | { kind: 'cooldown'; seconds: number }
  | { kind: 'status' };

const MODE_WORDS: Record<string, GroupMode> = {
  guard: 'guard', 守护: 'guard', 守护模式: 'guard', 主动: 'guard',
  mention: 'mention', 提及: 'mention', 被动: 'mention', '@': 'mention', 仅回复: 'mention',
  off: 'off', 关闭: 'off', 关: 'off', 静音: 'off',
};
const LANG_WORDS: Record<string, Lang | null> = {
  zh: 'zh', 中文: 'zh', chinese: 'zh', 汉语: 'zh',
  en: 'en', english: 'en', 英文: 'en', 英语: 'en',
  auto: null, 自动: null,
};

/** Parses a group admin command in Chinese or English words; undefined if it is not one. */
export function parseAdminCommand(text: string): AdminCommand | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(?:模式|mode|设置模式|切换模式|set mode)\s*[:：=]?\s*(\S+)$/.exec(t);
  if (m && MODE_WORDS[m[1]!]) return { kind: 'mode', mode: MODE_WORDS[m[1]!]! };
  m = /^(?:语言|language|lang|设置语言)\s*[:：=]?\s*(\S+)$/.exec(t);
  if (m && m[1]! in LANG_WORDS) return { kind: 'lang', lang: LANG_WORDS[m[1]!]! };
  m = /^(?:冷却|冷却时间|cooldown)\s*[:：=]?\s*(\d{1,5})\s*(分钟|分|min|mins|minutes|m|秒|s|sec|seconds)?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    const seconds = m[2] && /^(秒|s|sec|seconds)$/.test(m[2]) ? n : n * 60;
    return { kind: 'cooldown', seconds: Math.min(seconds, 86_400) };
  }
  if (/^(?:状态|status|设置|settings)$/.test(t)) return { kind: 'status' };
  return undefined;
}
