/**
 * The WeChat channel: Wechaty 1.x in, the shared turn pipeline (app.adapter) in the middle,
 * WeChat replies out. This file only adapts WeChat to the pipeline; when the bot speaks in a
 * group is decided in src/pipeline (shared with the JSON-lines channel).
 */
import { WechatyBuilder, types, type Contact, type ContactSelf, type Friendship, type Message, type Room, type RoomInvitation, type Wechaty, type WechatyOptions } from 'wechaty';
import { LRUCache } from 'lru-cache';
import type { App } from '../app.js';
import type { Config } from '../config/schema.js';
import { detectLanguage } from '../nlu/language.js';
import { KeyedSerial, sleep, withRetry } from '../pipeline/serial.js';
import type { IncomingMessage } from '../pipeline/message.js';
import type { Timers } from '../pipeline/story-batcher.js';
import { turnsFor, type Outbox, type Turns, type TurnsConfig } from '../pipeline/turns.js';
import type { Logger } from '../util/log.js';
import { isConversational, toIncoming } from './wechat/convert.js';
import { attachImage, type Attached } from './wechat/image-file.js';
import { KeepAlive } from './wechat/keep-alive.js';
import { RepeatThrottle } from './wechat/log-throttle.js';
import { noticesFrom, type Notices } from './wechat/notices.js';
import { operatorAlerter, type Alerter } from './wechat/operator-alert.js';
import { describePuppet, wechatyOptions } from './wechat/options.js';
import { qrcodeLink, renderQrcode, scanStatusName, shouldShowQrcode } from './wechat/qrcode.js';
import type { OfficialAccountConfig } from './wechat/official-account.js';

export type WechatConfig = TurnsConfig &
  Pick<
    Config,
    | 'WECHATY_PUPPET'
    | 'WECHATY_PUPPET_SERVICE_TOKEN'
    | 'WECHATY_NAME'
    | 'WECHAT_ACCEPT_FRIEND_REQUESTS'
    | 'WECHAT_ACCEPT_ROOM_INVITES'
    | 'WECHAT_GREET_NEW_FRIENDS'
    | 'GROUP_GREET_NEW_MEMBERS'
    | 'GROUP_INTRODUCE_ON_JOIN'
    | 'OPERATOR_IDS'
    | 'OPERATOR_ALERT_WEBHOOK'
    | 'STORY_WINDOW_MS'
  >;

/** A ready puppet object, as Wechaty accepts in place of a puppet name (tests use the mock). */
export type PuppetInstance = Exclude<NonNullable<WechatyOptions['puppet']>, string>;

export interface WechatChannelDeps {
  /** Use this puppet instead of the one named by WECHATY_PUPPET (no login is persisted then). */
  puppet?: PuppetInstance;
  notices?: Notices;
  /** Clock for the rate limits and the login time. */
  now?: () => number;
  /** Waits between send attempts; attempts = delays + 1. */
  sendRetryDelaysMs?: readonly number[];
  /** Every wait of the send pace and of retries (tests make them instant). */
  sleep?: (ms: number) => Promise<void>;
  /** Timers of the story window and of reconnecting (tests drive them by hand). */
  timers?: Timers;
  /** Waits before the 1st, 2nd, … puppet restart. */
  reconnectDelaysMs?: readonly number[];
  /** Where operator alerts go (logout); by default the log and OPERATOR_ALERT_WEBHOOK. */
  alert?: Alerter;
  /** Where the login QR code is drawn; stderr by default (stdout belongs to the chat). */
  writeQrcode?: (text: string) => void;
  /** Adds what a turn needs beyond the text (an image file), released after the turn. */
  attach?: (msg: Message, incoming: IncomingMessage) => Promise<{ incoming: IncomingMessage; release(): Promise<void> }>;
  /** Called when the channel is done with a message, answered or not (the OA's passive reply). */
  onHandled?: (messageId: string) => void;
  /**
   * The route's own pace, over STORY_WINDOW_MS and SEND_INTERVAL_MS: an Official Account answers
   * each post within WeChat's 5-second window through the official API, where a story window
   * would leave posts unanswered and a personal account's pace guards against no ban.
   */
  pacing?: { windowMs: number; intervalMs: number };
}

/**
 * Puppets stamp messages with the server's clock, some in whole seconds: a message written
 * just after login can look slightly older than it. Only older than this counts as history.
 */
const STALE_TOLERANCE_MS = 2_000;
/** Messages of one chat waiting to be read beyond which a flood is dropped on arrival. */
const MAX_WAITING_PER_CHAT = 50;
/** More @-mentions than this in one greeting would be a wall of names. */
const MAX_GREETING_MENTIONS = 5;
/** A message Wechaty never delivered (its own load failed) stops counting as pending after this. */
const PENDING_EXPIRY_MS = 30_000;
/** A login QR code shown this recently counts as waiting for a person, not as a dead puppet. */
const QR_WAITING_MS = 5 * 60_000;

export class WechatChannel {
  readonly wechaty: Wechaty;
  readonly turns: Turns;
  /** Messages are read (converted) in arrival order per chat before the pipeline takes them. */
  private readonly reading = new KeyedSerial();
  private readonly notices: Notices;
  private readonly now: () => number;
  /** Messages the puppet announced and this channel has not finished with: idle() waits for them. */
  private readonly pending = new Map<string, number>();
  private readonly errors: RepeatThrottle;
  private readonly keepAlive: KeepAlive;
  private readonly alert: Alerter;
  /** Friend requests, invitations and joins being handled: idle() waits for them too. */
  private handling = 0;
  /** New friends greeted by this process: a request the puppet reports twice gets one greeting. */
  private readonly greeted = new LRUCache<string, true>({ max: 10_000 });
  private loginAt: number | undefined;
  private everLoggedIn = false;
  private loggedOutAt: number | undefined;
  private qrcodeAt: number | undefined;
  private puppetHooked = false;
  private stopping = false;

  constructor(
    private readonly app: App,
    private readonly config: WechatConfig,
    private readonly log: Logger,
    private readonly deps: WechatChannelDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.notices = deps.notices ?? noticesFrom(app.content.messages, config.BOT_KEYWORDS);
    this.errors = new RepeatThrottle(Date.now);
    this.turns = turnsFor(app, config, log, {
      windowMs: deps.pacing?.windowMs ?? config.STORY_WINDOW_MS,
      slowDown: (lang) => this.notices.slowDown(lang),
      now: this.now,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.timers ? { timers: deps.timers } : {}),
      send: {
        ...(deps.sendRetryDelaysMs ? { retryDelaysMs: deps.sendRetryDelaysMs } : {}),
        ...(deps.pacing ? { intervalMs: deps.pacing.intervalMs, jitterMs: 0 } : {}),
      },
    });
    this.alert = deps.alert ?? operatorAlerter(config.OPERATOR_ALERT_WEBHOOK, log);
    this.wechaty = WechatyBuilder.build(deps.puppet ? { puppet: deps.puppet } : wechatyOptions(config));
    this.keepAlive = new KeepAlive({
      delaysMs: deps.reconnectDelaysMs ?? [5_000, 15_000, 30_000, 60_000, 120_000, 300_000],
      healthy: () => this.wechaty.isLoggedIn || (this.qrcodeAt !== undefined && Date.now() - this.qrcodeAt < QR_WAITING_MS),
      restart: () => this.restartPuppet(),
      log,
      ...(deps.timers ? { timers: deps.timers } : {}),
    });
    this.wechaty
      .on('scan', (qrcode, status) => this.onScan(qrcode, status))
      .on('login', (user) => this.onLogin(user))
      .on('logout', (user, reason) => void this.onLogout(user, reason))
      .on('ready', () => this.log.info('WeChat: ready'))
      .on('error', (err) => this.onError(err))
      .on('message', (msg) => this.onMessage(msg))
      .on('friendship', (f) => this.track(this.onFriendship(f)))
      .on('room-invite', (inv) => this.track(this.onRoomInvite(inv)))
      .on('room-join', (room, invitees) => this.track(this.onRoomJoin(room, invitees)));
    app.status.wechatLoggedIn = () => this.wechaty.isLoggedIn;
  }

  async start(): Promise<void> {
    this.log.info(this.deps.puppet ? { puppet: 'injected' } : describePuppet(this.config), 'WeChat: starting');
    await this.wechaty.start();
    this.hookPuppet();
  }

  /** Answers what is waiting and lets queued replies leave (bounded), then stops Wechaty. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopping = true;
    this.keepAlive.stop();
    this.turns.flush();
    await this.idle(timeoutMs);
    await this.wechaty.stop();
    this.log.info('WeChat: stopped');
  }

  /**
   * Resolves when every message received so far has been answered (or ignored) and every
   * reply has left, or after `timeoutMs`. Tests wait on it; stop() drains with it. A story
   * whose window is still open counts as not answered yet.
   */
  async idle(timeoutMs = 10_000): Promise<void> {
    // Real time, not the injected clock: tests freeze that one.
    const started = Date.now();
    for (;;) {
      const t = Date.now();
      for (const [id, at] of this.pending) if (t - at > PENDING_EXPIRY_MS) this.pending.delete(id);
      if ((this.pending.size === 0 && this.reading.busy === 0 && this.turns.busy === 0 && this.handling === 0) || t - started >= timeoutMs) return;
      await sleep(5);
    }
  }

  /**
   * Wechaty does not forward the puppet's `reset` (reconnect) event, and delivers messages
   * only after loading them: the puppet's own events give reconnects and the pending count.
   */
  private hookPuppet(): void {
    if (this.puppetHooked) return;
    this.puppetHooked = true;
    const puppet = this.wechaty.puppet;
    puppet.on('reset', ({ data }) => {
      this.log.warn({ reason: data }, 'WeChat: connection reset, reconnecting');
      this.keepAlive.trouble();
    });
    puppet.on('message', ({ messageId }) => {
      const now = Date.now();
      // Messages Wechaty never delivered would otherwise stay here for the bot's lifetime.
      if (this.pending.size > 100) for (const [id, at] of this.pending) if (now - at > PENDING_EXPIRY_MS) this.pending.delete(id);
      this.pending.set(messageId, now);
    });
  }

  /** Stops and starts the puppet: a fresh connection, and a fresh QR code if the login is gone. */
  private async restartPuppet(): Promise<void> {
    const puppet = this.wechaty.puppet;
    await puppet.stop().catch((e: unknown) => this.log.warn({ err: e }, 'WeChat: puppet stop failed'));
    await puppet.start();
  }

  private onError(err: Error): void {
    const { log, repeated } = this.errors.check(err.message);
    if (log) this.log.error({ err, ...(repeated > 0 ? { repeated } : {}) }, 'WeChat: error');
    else this.log.debug({ error: err.message }, 'WeChat: error (repeated)');
    this.keepAlive.error();
  }

  private onScan(qrcode: string, status: types.ScanStatus): void {
    const name = scanStatusName(status);
    if (!shouldShowQrcode(status) || !qrcode) {
      this.log.info({ status: name }, 'WeChat: login QR code status');
      return;
    }
    this.qrcodeAt = Date.now();
    const write = this.deps.writeQrcode ?? ((s: string) => void process.stderr.write(s));
    write(`\nScan this QR code with the WeChat app of the bot's account (扫码登录):\n${renderQrcode(qrcode)}\nOr open: ${qrcodeLink(qrcode)}\n\n`);
    this.log.info({ status: name }, 'WeChat: waiting for the QR code to be scanned');
    // After a logout nobody is watching the terminal: the operators get the code's link.
    if (this.loggedOutAt !== undefined) void this.alert({ event: 'wechat_login_qrcode', text: `WeChat needs a new login: scan ${qrcodeLink(qrcode)} with the bot account's phone` });
  }

  private onLogin(user: ContactSelf): void {
    this.loginAt = this.now();
    this.loggedOutAt = undefined;
    this.qrcodeAt = undefined;
    this.keepAlive.recovered();
    this.log.info({ user: this.app.store.hash(user.id), again: this.everLoggedIn }, this.everLoggedIn ? 'WeChat: logged in again' : 'WeChat: logged in');
    this.everLoggedIn = true;
  }

  private async onLogout(user: ContactSelf, reason?: string): Promise<void> {
    this.loginAt = undefined;
    this.loggedOutAt = Date.now();
    this.qrcodeAt = undefined;
    this.log.warn({ user: this.app.store.hash(user.id), reason }, 'WeChat: logged out');
    // Stopping the bot logs out too; only an unasked logout needs people.
    if (this.stopping) return;
    this.keepAlive.trouble();
    await this.alert({ event: 'wechat_logout', text: `the WeChat account was logged out${reason ? ` (${reason})` : ''}; the bot answers nobody until it logs in again` });
  }

  private async onMessage(msg: Message): Promise<void> {
    try {
      await this.handle(msg);
    } catch (e) {
      this.log.error({ err: e, message: this.app.store.hash(msg.id) }, 'WeChat: message handling failed');
    } finally {
      this.pending.delete(msg.id);
      this.deps.onHandled?.(msg.id);
    }
  }

  private async handle(msg: Message): Promise<void> {
    // The bot's own replies come back as message events too.
    if (msg.self()) return;
    if (!isConversational(msg.type())) return;
    if (this.loginAt === undefined || msg.date().getTime() < this.loginAt - STALE_TOLERANCE_MS) {
      this.log.debug({ message: this.app.store.hash(msg.id) }, 'WeChat: message from before login ignored');
      return;
    }
    const talker = msg.talker();
    // Official accounts (公众号) push articles; answering them helps nobody.
    if (talker.type() === types.Contact.Official) return;
    const room = msg.room();
    const chat = room ? room.id : talker.id;
    if (this.reading.depth(chat) >= MAX_WAITING_PER_CHAT) {
      this.log.debug({ chat: this.app.store.hash(chat) }, 'WeChat: chat queue full, message dropped');
      return;
    }
    // Read in arrival order, then handed to the pipeline in that order; the answer is awaited
    // outside, so that the next message is read while this one's story window is open.
    const answered = await this.reading.run(chat, async () => {
      const incoming = await toIncoming(msg, { self: this.wechaty.currentUser, operatorIds: this.config.OPERATOR_IDS });
      // The image a message carries is fetched before the turn (a screenshot to read).
      const attached = await (this.deps.attach ?? this.attachPrivateImage)(msg, incoming);
      return { done: this.turns.receive(attached.incoming, this.outbox(talker, room)), release: attached.release };
    });
    const out = await answered.done.finally(() => answered.release?.());
    // The message is handled once its replies are out: an Official Account's passive reply holds them.
    await out.sent;
    this.log.debug({ chat: this.app.store.hash(chat), type: msg.type(), replies: out.replies.length, ...(out.limited ? { limited: out.limited } : {}) }, 'WeChat: turn');
  }

  /**
   * A personal account's images are saved for OCR in 1:1 chats only: a group's pictures are
   * never read (src/pipeline/read-image.ts), so never fetched; with OCR off, none is.
   */
  private readonly attachPrivateImage = (msg: Message, incoming: IncomingMessage): Promise<Attached> =>
    incoming.room || !this.app.images ? Promise.resolve({ incoming, release: async () => {} }) : attachImage(msg, incoming, (err) => this.log.warn({ err }, 'WeChat: image not downloaded'));

  /** Replies to a person, or in a group with the first one @-mentioning them. */
  private outbox(talker: Contact, room: Room | undefined, mention: readonly Contact[] = [talker]): Outbox {
    return {
      chat: room ? room.id : talker.id,
      group: room !== undefined,
      send: async (text, i) => {
        if (!room) await talker.say(text);
        else if (i === 0 && mention.length > 0) await room.say(text, ...mention);
        else await room.say(text);
      },
    };
  }

  /** Counts a handler of a non-message event while it runs (its errors are its own to log). */
  private track(work: Promise<void>): void {
    this.handling++;
    void work.finally(() => this.handling--);
  }

  private async onFriendship(f: Friendship): Promise<void> {
    try {
      const friend = f.contact();
      const contact = this.app.store.hash(friend.id);
      const type = f.type();
      if (type === types.Friendship.Confirm) {
        this.log.info({ contact }, 'WeChat: new friend');
        return;
      }
      if (type !== types.Friendship.Receive) return;
      const accepted = await this.accept('friend request', 'WECHAT_ACCEPT_FRIEND_REQUESTS', { contact }, () => f.accept());
      if (!accepted || !this.config.WECHAT_GREET_NEW_FRIENDS || this.greeted.has(friend.id)) return;
      this.greeted.set(friend.id, true);
      const lang = detectLanguage(f.hello()) ?? this.config.DEFAULT_LANGUAGE;
      const [sent] = await this.turns.post(this.outbox(friend, undefined), [this.notices.newFriend(lang)]);
      if (sent) this.log.info({ contact }, 'WeChat: greeted a new friend');
    } catch (e) {
      this.log.error({ err: e }, 'WeChat: friend request handling failed');
    }
  }

  private async onRoomInvite(inv: RoomInvitation): Promise<void> {
    try {
      const inviter = this.app.store.hash((await inv.inviter()).id);
      await this.accept('group invitation', 'WECHAT_ACCEPT_ROOM_INVITES', { inviter }, () => inv.accept());
    } catch (e) {
      this.log.error({ err: e }, 'WeChat: group invitation handling failed');
    }
  }

  /** Accepts a friend request or group invitation when configured to, retrying a failed accept. */
  private async accept(
    what: string,
    setting: 'WECHAT_ACCEPT_FRIEND_REQUESTS' | 'WECHAT_ACCEPT_ROOM_INVITES',
    ids: Record<string, string>,
    doAccept: () => Promise<void>,
  ): Promise<boolean> {
    if (!this.config[setting]) {
      this.log.info(ids, `WeChat: ${what} not accepted (${setting}=false)`);
      return false;
    }
    const result = await withRetry(doAccept, { delaysMs: [1_000, 4_000], sleep: this.deps.sleep ?? sleep });
    if (result.ok) this.log.info(ids, `WeChat: ${what} accepted`);
    else this.log.error({ err: result.error, ...ids }, `WeChat: could not accept a ${what}`);
    return result.ok;
  }

  private async onRoomJoin(room: Room, invitees: readonly Contact[]): Promise<void> {
    try {
      const selfId = this.wechaty.currentUser.id;
      if (invitees.some((c) => c.id === selfId)) await this.introduce(room);
      const newcomers = invitees.filter((c) => c.id !== selfId);
      if (!this.config.GROUP_GREET_NEW_MEMBERS || newcomers.length === 0) return;
      const settings = await this.app.bot.rooms.get(room.id);
      if (settings.mode === 'off') return;
      // Greetings share the group's allowance: a wave of joins must not become a wave of posts.
      if (!this.turns.admitGroupPost(room.id)) return;
      const text = this.notices.greeting(settings.lang ?? this.config.DEFAULT_LANGUAGE);
      const mention = newcomers.length <= MAX_GREETING_MENTIONS ? newcomers : [];
      await this.turns.post(this.outbox(newcomers[0]!, room, mention), [text]);
      this.log.info({ room: this.app.store.hash(room.id), newcomers: newcomers.length }, 'WeChat: greeted new members');
    } catch (e) {
      this.log.error({ err: e }, 'WeChat: greeting failed');
    }
  }

  /**
   * The bot joined a group: it says once who it is and how to ask it. Kept with the group's
   * settings, so that leaving and rejoining, a restart or a puppet replaying the join never
   * makes it introduce itself again.
   */
  private async introduce(room: Room): Promise<void> {
    if (!this.config.GROUP_INTRODUCE_ON_JOIN) return;
    const settings = await this.app.bot.rooms.get(room.id);
    if (settings.introducedAt !== undefined || settings.mode === 'off') return;
    await this.app.bot.rooms.set(room.id, { ...settings, introducedAt: this.now() });
    await this.turns.post(this.outbox(this.wechaty.currentUser, room, []), [this.notices.intro(settings.lang ?? this.config.DEFAULT_LANGUAGE)]);
    this.log.info({ room: this.app.store.hash(room.id) }, 'WeChat: introduced itself in a new group');
  }
}

/** `npm start` with WECHATY_PUPPET set: serves WeChat until SIGINT/SIGTERM. */
export async function runWechat(app: App, config: WechatConfig & OfficialAccountConfig, log: Logger): Promise<void> {
  const oa = config.WECHATY_PUPPET === 'wechaty-puppet-official-account' ? (await import('./wechat/official-account.js')).officialAccountRoute(app, config, log) : undefined;
  const channel = new WechatChannel(app, config, log, { notices: noticesFrom(app.content.messages, config.BOT_KEYWORDS), ...oa?.deps });
  try {
    await (oa ? oa.start(channel) : channel.start());
  } catch (e) {
    log.fatal({ err: e, ...describePuppet(config) }, 'WeChat: could not start the puppet');
    process.exitCode = 1;
    return;
  }
  await new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'WeChat: stopping');
      Promise.resolve(oa?.close())
        .then(() => channel.stop())
        .then(resolve, (err: unknown) => {
          log.error({ err }, 'WeChat: stop failed');
          resolve();
        });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
