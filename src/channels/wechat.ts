/**
 * The WeChat channel: Wechaty 1.x in, the shared turn pipeline (app.adapter) in the middle,
 * WeChat replies out. This file only adapts WeChat to the pipeline; when the bot speaks in a
 * group is decided in src/pipeline (shared with the JSON-lines channel).
 */
import { WechatyBuilder, types, type Contact, type ContactSelf, type Friendship, type Message, type Room, type RoomInvitation, type Wechaty, type WechatyOptions } from 'wechaty';
import type { App } from '../app.js';
import type { Config } from '../config/schema.js';
import type { Lang } from '../content/ids.js';
import { detectLanguage } from '../nlu/language.js';
import { addressing } from '../pipeline/group-policy.js';
import type { IncomingMessage } from '../pipeline/message.js';
import type { Logger } from '../util/log.js';
import { isConversational, toIncoming } from './wechat/convert.js';
import { noticesFrom, type Notices } from './wechat/notices.js';
import { describePuppet, wechatyOptions } from './wechat/options.js';
import { qrcodeLink, renderQrcode, scanStatusName, shouldShowQrcode } from './wechat/qrcode.js';
import { RepeatThrottle } from './wechat/log-throttle.js';
import { RateLimiter } from './wechat/rate-limit.js';
import { KeyedSerial, sleep, withRetry } from './wechat/serial.js';
import type { OfficialAccountConfig } from './wechat/official-account.js';

export type WechatConfig = Pick<
  Config,
  | 'WECHATY_PUPPET'
  | 'WECHATY_PUPPET_SERVICE_TOKEN'
  | 'WECHATY_NAME'
  | 'WECHAT_ACCEPT_FRIEND_REQUESTS'
  | 'WECHAT_ACCEPT_ROOM_INVITES'
  | 'GROUP_GREET_NEW_MEMBERS'
  | 'RATE_LIMIT_PER_USER_PER_MINUTE'
  | 'RATE_LIMIT_PER_ROOM_PER_MINUTE'
  | 'OPERATOR_IDS'
  | 'BOT_KEYWORDS'
  | 'DEFAULT_LANGUAGE'
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
  sleep?: (ms: number) => Promise<void>;
  /** Where the login QR code is drawn; stderr by default (stdout belongs to the chat). */
  writeQrcode?: (text: string) => void;
  /** Adds what a turn needs beyond the text (an image file), released after the turn. */
  attach?: (msg: Message, incoming: IncomingMessage) => Promise<{ incoming: IncomingMessage; release(): Promise<void> }>;
  /** Called when the channel is done with a message, answered or not (the OA's passive reply). */
  onHandled?: (messageId: string) => void;
}

/**
 * Puppets stamp messages with the server's clock, some in whole seconds: a message written
 * just after login can look slightly older than it. Only older than this counts as history.
 */
const STALE_TOLERANCE_MS = 2_000;
/** Queued turns per chat beyond which a flood is dropped on arrival. */
const MAX_QUEUED_PER_CHAT = 50;
/** More @-mentions than this in one greeting would be a wall of names. */
const MAX_GREETING_MENTIONS = 5;
/** A message Wechaty never delivered (its own load failed) stops counting as pending after this. */
const PENDING_EXPIRY_MS = 30_000;

export class WechatChannel {
  readonly wechaty: Wechaty;
  private readonly limiter: RateLimiter;
  private readonly serial = new KeyedSerial();
  private readonly notices: Notices;
  private readonly now: () => number;
  /** Messages the puppet announced and this channel has not finished with: idle() waits for them. */
  private readonly pending = new Map<string, number>();
  private readonly errors: RepeatThrottle;
  private loginAt: number | undefined;
  private everLoggedIn = false;
  private puppetHooked = false;

  constructor(
    private readonly app: App,
    private readonly config: WechatConfig,
    private readonly log: Logger,
    private readonly deps: WechatChannelDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.notices = deps.notices ?? noticesFrom(app.content.messages, config.BOT_KEYWORDS);
    this.errors = new RepeatThrottle(Date.now);
    this.limiter = new RateLimiter({
      perUserPerMinute: config.RATE_LIMIT_PER_USER_PER_MINUTE,
      perRoomPerMinute: config.RATE_LIMIT_PER_ROOM_PER_MINUTE,
      now: this.now,
    });
    this.wechaty = WechatyBuilder.build(deps.puppet ? { puppet: deps.puppet } : wechatyOptions(config));
    this.wechaty
      .on('scan', (qrcode, status) => this.onScan(qrcode, status))
      .on('login', (user) => this.onLogin(user))
      .on('logout', (user, reason) => this.onLogout(user, reason))
      .on('ready', () => this.log.info('WeChat: ready'))
      .on('error', (err) => this.onError(err))
      .on('message', (msg) => this.onMessage(msg))
      .on('friendship', (f) => this.onFriendship(f))
      .on('room-invite', (inv) => this.onRoomInvite(inv))
      .on('room-join', (room, invitees) => this.onRoomJoin(room, invitees));
    app.status.wechatLoggedIn = () => this.wechaty.isLoggedIn;
  }

  async start(): Promise<void> {
    this.log.info(this.deps.puppet ? { puppet: 'injected' } : describePuppet(this.config), 'WeChat: starting');
    await this.wechaty.start();
    this.hookPuppet();
  }

  /** Lets queued replies leave (bounded), then stops Wechaty. */
  async stop(timeoutMs = 5_000): Promise<void> {
    await this.idle(timeoutMs);
    await this.wechaty.stop();
    this.log.info('WeChat: stopped');
  }

  /**
   * Resolves when every message received so far has been answered (or ignored) and every
   * reply has left, or after `timeoutMs`. Tests wait on it; stop() drains with it.
   */
  async idle(timeoutMs = 10_000): Promise<void> {
    // Real time, not the injected clock: tests freeze that one.
    const started = Date.now();
    for (;;) {
      const t = Date.now();
      for (const [id, at] of this.pending) if (t - at > PENDING_EXPIRY_MS) this.pending.delete(id);
      if ((this.pending.size === 0 && this.serial.busy === 0) || t - started >= timeoutMs) return;
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
    puppet.on('reset', ({ data }) => this.log.warn({ reason: data }, 'WeChat: connection reset, reconnecting'));
    puppet.on('message', ({ messageId }) => {
      const now = Date.now();
      // Messages Wechaty never delivered would otherwise stay here for the bot's lifetime.
      if (this.pending.size > 100) for (const [id, at] of this.pending) if (now - at > PENDING_EXPIRY_MS) this.pending.delete(id);
      this.pending.set(messageId, now);
    });
  }

  private onError(err: Error): void {
    const { log, repeated } = this.errors.check(err.message);
    if (log) this.log.error({ err, ...(repeated > 0 ? { repeated } : {}) }, 'WeChat: error');
    else this.log.debug({ error: err.message }, 'WeChat: error (repeated)');
  }

  private onScan(qrcode: string, status: types.ScanStatus): void {
    const name = scanStatusName(status);
    if (!shouldShowQrcode(status) || !qrcode) {
      this.log.info({ status: name }, 'WeChat: login QR code status');
      return;
    }
    const write = this.deps.writeQrcode ?? ((s: string) => void process.stderr.write(s));
    write(`\nScan this QR code with the WeChat app of the bot's account (扫码登录):\n${renderQrcode(qrcode)}\nOr open: ${qrcodeLink(qrcode)}\n\n`);
    this.log.info({ status: name }, 'WeChat: waiting for the QR code to be scanned');
  }

  private onLogin(user: ContactSelf): void {
    this.loginAt = this.now();
    this.log.info({ user: this.app.store.hash(user.id), again: this.everLoggedIn }, this.everLoggedIn ? 'WeChat: logged in again' : 'WeChat: logged in');
    this.everLoggedIn = true;
  }

  private onLogout(user: ContactSelf, reason?: string): void {
    this.loginAt = undefined;
    this.log.warn({ user: this.app.store.hash(user.id), reason }, 'WeChat: logged out');
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
    if (this.serial.depth(chat) >= MAX_QUEUED_PER_CHAT) {
      this.log.debug({ chat: this.app.store.hash(chat) }, 'WeChat: chat queue full, message dropped');
      return;
    }
    await this.serial.run(chat, () => this.turn(msg, talker, room));
  }

  /** One message through the pipeline, within the person's and the group's allowance. */
  private async turn(msg: Message, talker: Contact, room: Room | undefined): Promise<void> {
    const incoming = await toIncoming(msg, { self: this.wechaty.currentUser, operatorIds: this.config.OPERATOR_IDS });
    const who = { user: incoming.user, room: incoming.room };
    const ids = { user: this.app.store.hash(incoming.user), ...(incoming.room ? { room: this.app.store.hash(incoming.room) } : {}) };
    const admission = this.limiter.admit(who);
    if (!admission.ok) {
      this.log.debug({ ...ids, scope: admission.scope }, 'WeChat: over the rate limit, message dropped');
      if (admission.warn && (await this.expectsAnswer(incoming))) {
        this.log.info({ ...ids, scope: admission.scope }, 'WeChat: rate limit reached, asked to slow down');
        await this.deliver([this.notices.slowDown(await this.langFor(incoming))], talker, room);
      }
      return;
    }
    const t0 = performance.now();
    const attached = this.deps.attach ? await this.deps.attach(msg, incoming) : undefined;
    const out = await this.app.adapter.process(attached?.incoming ?? incoming).finally(() => attached?.release());
    this.log.debug({ ...ids, type: incoming.type, replies: out.replies.length, ms: Math.round(performance.now() - t0) }, 'WeChat: turn');
    if (out.replies.length === 0) return;
    this.limiter.spend(who);
    await this.deliver(out.replies, talker, room);
  }

  /** Would the person be waiting for an answer? Then a dropped message deserves a note. */
  private async expectsAnswer(m: IncomingMessage): Promise<boolean> {
    if (!m.room) return true;
    if ((await this.app.bot.rooms.get(m.room)).mode === 'off') return false;
    return addressing(m.text, m.mention === true, this.config.BOT_KEYWORDS, m.botName).addressed;
  }

  private async langFor(m: IncomingMessage): Promise<Lang> {
    const forced = m.room ? (await this.app.bot.rooms.get(m.room)).lang : null;
    return forced ?? detectLanguage(m.text) ?? this.config.DEFAULT_LANGUAGE;
  }

  /**
   * Sends in order, each with retries; a reply that still fails is logged and skipped, never
   * thrown. In a group the first reply @-mentions the asker so they see it among the chatter.
   */
  private async deliver(replies: readonly string[], talker: Contact, room: Room | undefined, mention: readonly Contact[] = [talker]): Promise<void> {
    const chat = this.app.store.hash(room ? room.id : talker.id);
    for (const [i, text] of replies.entries()) {
      const send = async (): Promise<void> => {
        if (!room) await talker.say(text);
        else if (i === 0 && mention.length > 0) await room.say(text, ...mention);
        else await room.say(text);
      };
      const result = await withRetry(send, {
        delaysMs: this.deps.sendRetryDelaysMs ?? [1_000, 4_000],
        sleep: this.deps.sleep ?? sleep,
        onFailure: (err, attempt, willRetry) =>
          this.log.warn({ err, chat, attempt }, willRetry ? 'WeChat: send failed, retrying' : 'WeChat: send failed, giving up'),
      });
      if (!result.ok) this.log.error({ chat, reply: i + 1, of: replies.length }, 'WeChat: reply not delivered');
    }
  }

  private async onFriendship(f: Friendship): Promise<void> {
    try {
      const contact = this.app.store.hash(f.contact().id);
      const type = f.type();
      if (type === types.Friendship.Confirm) {
        this.log.info({ contact }, 'WeChat: new friend');
        return;
      }
      if (type !== types.Friendship.Receive) return;
      await this.accept('friend request', 'WECHAT_ACCEPT_FRIEND_REQUESTS', { contact }, () => f.accept());
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
  ): Promise<void> {
    if (!this.config[setting]) {
      this.log.info(ids, `WeChat: ${what} not accepted (${setting}=false)`);
      return;
    }
    const result = await withRetry(doAccept, { delaysMs: [1_000, 4_000], sleep: this.deps.sleep ?? sleep });
    if (result.ok) this.log.info(ids, `WeChat: ${what} accepted`);
    else this.log.error({ err: result.error, ...ids }, `WeChat: could not accept a ${what}`);
  }

  private async onRoomJoin(room: Room, invitees: readonly Contact[]): Promise<void> {
    if (!this.config.GROUP_GREET_NEW_MEMBERS) return;
    try {
      const selfId = this.wechaty.currentUser.id;
      const newcomers = invitees.filter((c) => c.id !== selfId);
      if (newcomers.length === 0) return;
      const settings = await this.app.bot.rooms.get(room.id);
      if (settings.mode === 'off') return;
      // Greetings share the group's allowance: a wave of joins must not become a wave of posts.
      if (!this.limiter.admit({ room: room.id }).ok) return;
      this.limiter.spend({ room: room.id });
      const text = this.notices.greeting(settings.lang ?? this.config.DEFAULT_LANGUAGE);
      const mention = newcomers.length <= MAX_GREETING_MENTIONS ? newcomers : [];
      await this.serial.run(room.id, () => this.deliver([text], newcomers[0]!, room, mention));
      this.log.info({ room: this.app.store.hash(room.id), newcomers: newcomers.length }, 'WeChat: greeted new members');
    } catch (e) {
      this.log.error({ err: e }, 'WeChat: greeting failed');
    }
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
