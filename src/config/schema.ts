import { z } from 'zod';

/** Parses "a,b , c" into ["a","b","c"]; empty string → []. */
const csv = z
  .string()
  .transform((s) => s.split(',').map((p) => p.trim()).filter((p) => p.length > 0));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/**
 * Every setting the bot reads, with its default and an example shown when a value is wrong.
 * Keep in step with .env.example (a test checks both list the same names).
 */
export const settings = {
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'info',
    example: 'info',
  },
  LOG_FORMAT: { schema: z.enum(['auto', 'json', 'pretty']), default: 'auto', example: 'json' },
  CONTENT_DIR: { schema: z.string().min(1), default: '.', example: '/srv/callguard-content' },
  NLU_CACHE_DIR: { schema: z.string().min(1), default: '.cache/nlu', example: '.cache/nlu' },
  CONTENT_RELOAD: { schema: bool, default: 'true', example: 'true' },
  NLU_FALLBACK_THRESHOLD: {
    schema: z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a number from 0 to 1').transform(Number),
    default: '0.45',
    example: '0.45',
  },
  STORAGE: { schema: z.enum(['auto', 'embedded', 'postgres', 'memory']), default: 'auto', example: 'embedded' },
  DATA_DIR: { schema: z.string().min(1), default: '.data', example: '/var/lib/callguard' },
  DATABASE_URL: {
    schema: z.string().regex(/^$|^postgres(?:ql)?:\/\//, 'must be empty or a postgres:// URL'),
    default: '',
    example: 'postgres://callguard:secret@localhost:5432/callguard',
  },
  ID_HASH_SECRET: { schema: z.string(), default: '', example: 'a-long-random-string-kept-out-of-the-repo' },
  CONVERSATION_IDLE_HOURS: { schema: wholeNumber(1, 8760), default: '72', example: '72' },
  HEALTH_PORT: { schema: wholeNumber(0, 65_535), default: '0', example: '8080' },
  HEALTH_HOST: { schema: z.string().min(1), default: '127.0.0.1', example: '127.0.0.1' },
  DEFAULT_LANGUAGE: { schema: z.enum(['zh', 'en']), default: 'zh', example: 'zh' },
  BOT_KEYWORDS: { schema: csv, default: '反诈助手,callguard', example: '反诈助手,callguard' },
  GROUP_MODE: { schema: z.enum(['guard', 'mention', 'off']), default: 'guard', example: 'guard' },
  GROUP_COOLDOWN_SECONDS: { schema: wholeNumber(0, 86_400), default: '600', example: '600' },
  GROUP_GREET_NEW_MEMBERS: { schema: bool, default: 'false', example: 'false' },
  OPERATOR_IDS: { schema: csv, default: '', example: 'wxid_abc123,wxid_def456' },
  RATE_LIMIT_PER_USER_PER_MINUTE: { schema: wholeNumber(1, 1000), default: '12', example: '12' },
  RATE_LIMIT_PER_ROOM_PER_MINUTE: { schema: wholeNumber(1, 1000), default: '20', example: '20' },
  RATE_LIMIT_PER_MEMBER_PER_MINUTE: { schema: wholeNumber(1, 1000), default: '4', example: '4' },
  STORY_WINDOW_MS: { schema: wholeNumber(0, 30_000), default: '2000', example: '2000' },
  SEND_INTERVAL_MS: { schema: wholeNumber(0, 60_000), default: '1000', example: '1000' },
  SEND_TIMEOUT_MS: { schema: wholeNumber(100, 300_000), default: '15000', example: '15000' },
  GROUP_POSTS_PER_MINUTE: { schema: wholeNumber(1, 1000), default: '10', example: '10' },
  OPERATOR_ALERT_WEBHOOK: { schema: z.string().regex(/^$|^https?:\/\//, 'must be empty or an http(s):// URL'), default: '', example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...' },
  GROUP_INTRODUCE_ON_JOIN: { schema: bool, default: 'true', example: 'true' },
  WECHAT_GREET_NEW_FRIENDS: { schema: bool, default: 'true', example: 'true' },
  BOT_FRAMEWORK_PORT: { schema: wholeNumber(0, 65_535), default: '0', example: '3978' },
  BOT_FRAMEWORK_HOST: { schema: z.string().min(1), default: '127.0.0.1', example: '127.0.0.1' },
  CONSOLE_PORT: { schema: wholeNumber(0, 65_535), default: '0', example: '3980' },
  CONSOLE_HOST: { schema: z.string().min(1), default: '127.0.0.1', example: '127.0.0.1' },
  CONSOLE_TOKEN: { schema: z.string().regex(/^$|^\S{16,}$/, 'must be empty or at least 16 characters without spaces'), default: '', example: 'a-long-random-string-for-the-console' },
  MICROSOFT_APP_ID: { schema: z.string(), default: '', example: '00000000-0000-0000-0000-000000000000' },
  MICROSOFT_APP_PASSWORD: { schema: z.string(), default: '', example: 'the-app-secret' },
  MICROSOFT_APP_TENANT_ID: { schema: z.string(), default: '', example: '00000000-0000-0000-0000-000000000000' },
  MICROSOFT_APP_TYPE: { schema: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), default: 'MultiTenant', example: 'SingleTenant' },
  OCR_ENABLED: { schema: bool, default: 'true', example: 'true' },
  OCR_TIMEOUT_SECONDS: { schema: wholeNumber(1, 600), default: '30', example: '30' },
  OCR_IDLE_SECONDS: { schema: wholeNumber(1, 86_400), default: '300', example: '300' },
  WECHATY_PUPPET: {
    schema: z.enum(['', 'wechaty-puppet-wechat4u', 'wechaty-puppet-service', 'wechaty-puppet-official-account', 'wechaty-puppet-mock']),
    default: '',
    example: 'wechaty-puppet-wechat4u',
  },
  WECHATY_PUPPET_SERVICE_TOKEN: { schema: z.string(), default: '', example: 'puppet_padlocal_xxxxxxxx' },
  WECHATY_NAME: { schema: z.string().min(1), default: 'callguard', example: 'callguard' },
  WECHAT_ACCEPT_FRIEND_REQUESTS: { schema: bool, default: 'true', example: 'true' },
  WECHAT_ACCEPT_ROOM_INVITES: { schema: bool, default: 'true', example: 'false' },
  // Official Account (公众号): the puppet's own names, plus where callguard's verified front listens.
  WECHATY_PUPPET_OA_APP_ID: { schema: z.string(), default: '', example: 'wx1234567890abcdef' },
  WECHATY_PUPPET_OA_APP_SECRET: { schema: z.string(), default: '', example: 'the-appsecret-from-the-console' },
  WECHATY_PUPPET_OA_TOKEN: { schema: z.string().regex(/^$|^[A-Za-z0-9]{3,32}$/, 'must be 3–32 letters or digits, as the console accepts'), default: '', example: 'Callguard2024Token' },
  WECHATY_PUPPET_OA_PORT: { schema: wholeNumber(0, 65_535), default: '8788', example: '8788' },
  WECHATY_PUPPET_OA_HOST: { schema: z.string().min(1), default: '127.0.0.1', example: '127.0.0.1' },
  WECHATY_PUPPET_OA_CUSTOMER_SERVICE: { schema: bool, default: 'true', example: 'false' },
  WECHATY_PUPPET_OA_API_BASE: { schema: z.string().regex(/^https?:\/\/.+\/$/, 'must be an http(s) URL ending in /'), default: 'https://api.weixin.qq.com/cgi-bin/', example: 'https://api.weixin.qq.com/cgi-bin/' },
} as const;

export type SettingName = keyof typeof settings;
export type Config = { [K in SettingName]: z.output<(typeof settings)[K]['schema']> };
