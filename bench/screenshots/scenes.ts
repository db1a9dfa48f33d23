/**
 * Phone screens people send the bot as screenshots: SMS threads, WeChat chats, a call log.
 * Each scene's `lines` are exactly the texts drawn on it, in reading order: the ground truth
 * for bench/ocr.ts (character accuracy) and for the fixtures' expectations.
 */
export type SceneKind = 'sms' | 'chat' | 'calls';

export interface Bubble {
  /** `in`: from the other side; `out`: from the phone's owner. */
  from: 'in' | 'out';
  text: string;
}

export interface CallRow {
  who: string;
  note: string;
  when: string;
}

export interface Scene {
  id: string;
  kind: SceneKind;
  dark?: boolean;
  /** Sender (SMS), chat partner (WeChat) or screen title (call log). */
  title: string;
  /** Date line above the messages. */
  stamp?: string;
  bubbles?: Bubble[];
  calls?: CallRow[];
}

export const SCENES: Scene[] = [
  {
    id: 'sms-bank',
    kind: 'sms',
    title: '95566',
    stamp: '今天 10:23',
    bubbles: [{ from: 'in', text: '【中国银行】您的账户存在异常，将于24小时内冻结，请点击 http://boc-cn.top 认证。验证码 483920，切勿告诉他人。' }],
  },
  {
    id: 'sms-courier',
    kind: 'sms',
    title: '106900001234',
    stamp: '今天 08:02',
    bubbles: [{ from: 'in', text: '【菜鸟驿站】您的包裹已到小区东门驿站，请凭取件码 3-2-1034 于今天18:00前领取。' }],
  },
  {
    id: 'sms-etc',
    kind: 'sms',
    title: '106575550123',
    stamp: '昨天 19:40',
    bubbles: [{ from: 'in', text: '【ETC服务】您的ETC卡已失效，请立即点击 http://etc-cn.vip 重新认证，逾期将停止使用。' }],
  },
  {
    id: 'sms-loan-dark',
    kind: 'sms',
    dark: true,
    title: '106981230077',
    stamp: '周二 14:15',
    bubbles: [{ from: 'in', text: '【京东金融】您的学生贷账户尚未注销，将影响个人征信，请尽快联系专员办理注销。' }],
  },
  {
    id: 'sms-prize',
    kind: 'sms',
    title: '106588001086',
    stamp: '今天 12:30',
    bubbles: [{ from: 'in', text: '【积分兑换】恭喜您的号码获得积分大奖，价值8888元，请点击 http://jf-10086.cc 领取，需先缴纳手续费。' }],
  },
  {
    id: 'chat-police',
    kind: 'chat',
    title: '王警官',
    stamp: '下午 3:12',
    bubbles: [
      { from: 'in', text: '我是市公安局刑侦支队的王警官。' },
      { from: 'in', text: '你的身份证涉嫌一起洗钱案件，现在需要你配合调查。' },
      { from: 'in', text: '把你名下的存款转到安全账户，核查完会退给你。这件事要保密，不能告诉家人。' },
      { from: 'out', text: '真的吗？我该怎么办' },
    ],
  },
  {
    id: 'chat-refund',
    kind: 'chat',
    title: '淘宝客服',
    stamp: '上午 9:05',
    bubbles: [
      { from: 'in', text: '您好，我是淘宝客服，您购买的商品检测出质量问题，我们将为您办理三倍理赔。' },
      { from: 'out', text: '好的，要怎么办理' },
      { from: 'in', text: '请下载腾讯会议，打开屏幕共享，我指导您操作。' },
    ],
  },
  {
    id: 'chat-task-dark',
    kind: 'chat',
    dark: true,
    title: '兼职群管理员',
    stamp: '晚上 8:47',
    bubbles: [
      { from: 'in', text: '兼职刷单，日结两百到五百元，动动手指就能赚钱。' },
      { from: 'in', text: '先垫付一单300元，完成后返还本金加佣金。' },
      { from: 'out', text: '会不会是骗人的' },
    ],
  },
  {
    id: 'calls-log',
    kind: 'calls',
    title: '最近通话',
    calls: [
      { who: '+852 6123 4567', note: '香港 疑似诈骗', when: '10:41' },
      { who: '400 820 1234', note: '骚扰电话', when: '09:15' },
      { who: '妈妈', note: '手机', when: '昨天' },
      { who: '95588', note: '中国工商银行', when: '星期一' },
    ],
  },
  {
    id: 'sms-english',
    kind: 'sms',
    title: '+1 (209) 555-0143',
    stamp: 'Today 11:02',
    bubbles: [{ from: 'in', text: 'Your package is on hold due to an incomplete address. Update it at https://post-redelivery.top within 12 hours.' }],
  },
];

/** The small set kept as PNGs in test/fixtures/screenshots (tests need no Chromium). */
export const FIXTURE_IDS = ['sms-bank', 'sms-courier', 'chat-police', 'calls-log'] as const;

/** The clock in every screen's status bar. */
export const STATUS_TIME = '9:41';

/** Every text drawn on a scene, in reading order. */
export function sceneText(s: Scene): string[] {
  const rows = (s.calls ?? []).flatMap((c) => [c.who, c.note, c.when]);
  return [STATUS_TIME, s.title, ...(s.stamp ? [s.stamp] : []), ...(s.bubbles ?? []).map((b) => b.text), ...rows];
}
