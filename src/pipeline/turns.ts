import type { App } from '../app.js';
import type { Config } from '../config/schema.js';
import type { Lang } from '../content/ids.js';
import type { Bilingual } from '../content/schemas.js';
import { detectLanguage } from '../nlu/language.js';
import type { IdHasher } from '../storage/id-hash.js';
import type { Logger } from '../util/log.js';
import { addressing } from './group-policy.js';
import { GroupUrgentLimit } from './group-urgent.js';
import { SILENT, type IncomingMessage, type TurnOutput } from './message.js';
import { RateLimiter, type Scope } from './rate-limit.js';
import { RepeatFilter } from './repeat-filter.js';
import type { RoomSettingsStore } from './room-settings.js';
import { SendQueue, type SendQueueOptions } from './send-queue.js';
import { KeyedSerial } from './serial.js';
import { StoryBatcher, type Timers } from './story-batcher.js';

/** Where a channel's replies go: the pipeline paces and orders them, the channel sends one. */
export interface Outbox {
  /** The chat's id (a group, or the person in a private chat). */
  chat: string;
  group: boolean;
  /** Sends the `index`-th message of one answer (a channel may @-mention the asker on the first). */
  send(text: string, index: number): Promise<void>;
}

/** What one message got. */
export interface Answer extends TurnOutput {
  /** The message was one of `of` judged together; only the last of them carries the replies. */
  story?: { part: number; of: number };
  /** Why the bot stayed silent, or only asked to slow down or to go private. */
  limited?: Scope | 'repeat' | 'urgent';
  /** Settles when the replies have left through the channel's outbox (true: delivered). */
  sent?: Promise<boolean[]>;
}

export interface TurnLimits {
  perUserPerMinute: number;
  perRoomPerMinute: number;
  perMemberPerMinute: number;
  /** dialogs/policy.yaml `limits`. */
  groupUrgentMinutes: number;
  repeatSeconds: number;
  repeatMinChars: number;
}

export interface TurnsOptions {
  /** Messages of one person within this are one story; 0: each message alone, at once. */
  windowMs: number;
  keywords: readonly string[];
  defaultLang: Lang;
  limits: TurnLimits;
  send: Omit<SendQueueOptions, 'log' | 'now' | 'sleep' | 'random'>;
  /** The texts the pipeline sends of itself; read at each use, so edits apply live. */
  messages: () => Readonly<Record<string, Bilingual>>;
  /** Overrides of those texts (tests, channels with their own wording). */
  slowDown?: (lang: Lang) => string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  timers?: Timers;
}

export interface TurnsDeps {
  /** One message through the bot (MessageAdapter.process). */
  process: (m: IncomingMessage) => Promise<TurnOutput>;
  rooms: Pick<RoomSettingsStore, 'get'>;
  /** Whether a text alone tells of a loss that needs the emergency steps (CallguardBot). */
  readsUrgent: (text: string) => boolean;
  hash: IdHasher;
}

/** Messages of one conversation waiting for an answer beyond which a flood is dropped unread. */
const MAX_WAITING = 50;

/** Replies that are the group's own business, not an emergency answer. */
const ADMIN_RESPONSES = new Set(['admin_only', 'admin_done', 'admin_status']);

/**
 * The turn pipeline in front of the bot, the same for every channel: stories in several
 * messages are batched into one turn, abuse limits decide whether a turn is answered, and
 * answers leave through a paced send queue when the channel has an outbox.
 */
export class Turns {
  private readonly batcher: StoryBatcher<Answer>;
  private readonly limiter: RateLimiter;
  private readonly repeats: RepeatFilter;
  private readonly urgent: GroupUrgentLimit;
  private readonly sender: SendQueue;
  /** Turns of one chat run one at a time: group settings are read and written per turn. */
  private readonly chats = new KeyedSerial();
  private readonly outboxes = new WeakMap<IncomingMessage, Outbox>();

  constructor(
    private readonly deps: TurnsDeps,
    private readonly o: TurnsOptions,
    private readonly log: Logger,
  ) {
    const now = o.now ?? Date.now;
    const l = o.limits;
    this.limiter = new RateLimiter({ perUserPerMinute: l.perUserPerMinute, perRoomPerMinute: l.perRoomPerMinute, perMemberPerMinute: l.perMemberPerMinute, now });
    this.repeats = new RepeatFilter({ windowMs: l.repeatSeconds * 1000, minChars: l.repeatMinChars, now });
    this.urgent = new GroupUrgentLimit(l.groupUrgentMinutes * 60_000, now);
    this.sender = new SendQueue({ ...o.send, log, now, ...(o.sleep ? { sleep: o.sleep } : {}), ...(o.random ? { random: o.random } : {}) });
    this.batcher = new StoryBatcher<Answer>({
      windowMs: o.windowMs,
      run: (combined, parts) => {
        const outbox = this.outboxes.get(parts[parts.length - 1]!);
        return this.chats.run(combined.room ?? combined.user, () => this.answer(combined, outbox));
      },
      combine: (parts) => this.combine(parts),
      // Emergency steps must not wait for the window: a loss told mid-story is answered at once,
      // with the messages before it.
      ...(o.windowMs > 0 ? { closesNow: (m: IncomingMessage) => m.type === 'text' && deps.readsUrgent(m.text) } : {}),
      ...(o.timers ? { timers: o.timers } : {}),
      now,
    });
  }

  /** Messages waiting or being answered, and chats with replies still to send. */
  get busy(): number {
    return this.batcher.busy + this.chats.busy + this.sender.busy;
  }

  /**
   * One message in; resolves with what the bot answered. With an outbox the replies are queued
   * to it (paced); without one the caller delivers them (JSON lines, terminal).
   */
  async receive(m: IncomingMessage, outbox?: Outbox): Promise<Answer> {
    if (this.batcher.waiting(m) >= MAX_WAITING) {
      this.log.debug({ user: this.deps.hash(m.user) }, 'flood: message dropped on arrival');
      return { ...SILENT, limited: 'user' };
    }
    if (outbox) this.outboxes.set(m, outbox);
    const b = await this.batcher.submit(m);
    if (b.of === 1) return b.result;
    const story = { part: b.part, of: b.of };
    return b.part === b.of ? { ...b.result, story } : { ...b.result, replies: [], responses: [], story };
  }

  /** Sends texts the channel itself has to say (a greeting), paced like any answer. */
  post(outbox: Outbox, texts: readonly string[]): Promise<boolean[]> {
    return this.deliver(outbox, texts);
  }

  /** Closes every story window now (shutting down). */
  flush(): void {
    this.batcher.flush();
  }

  /** May this group take one more post now (greetings share the group's allowance)? Spends it. */
  admitGroupPost(room: string): boolean {
    if (!this.limiter.admit({ room }).ok) return false;
    this.limiter.spend({ room });
    return true;
  }

  private async answer(m: IncomingMessage, outbox: Outbox | undefined): Promise<Answer> {
    const who = { user: m.user, room: m.room };
    const ids = { user: this.deps.hash(m.user), ...(m.room ? { room: this.deps.hash(m.room) } : {}) };
    if (this.repeats.isRepeat(m)) {
      this.log.debug(ids, 'repeated message: already answered');
      return { ...SILENT, limited: 'repeat' };
    }
    const admission = this.limiter.admit(who);
    if (!admission.ok) {
      this.log.debug({ ...ids, scope: admission.scope }, 'over the rate limit, message dropped');
      if (!admission.warn) return { ...SILENT, limited: admission.scope };
      if (!(await this.expectsAnswer(m))) {
        this.limiter.unwarn(admission.scope, who);
        return { ...SILENT, limited: admission.scope };
      }
      this.log.info({ ...ids, scope: admission.scope }, 'rate limit reached, asked to slow down');
      const note = (this.o.slowDown ?? ((lang: Lang) => this.text('rate_limited', lang)))(await this.langFor(m));
      // Counted as given only once it reached the person: a lost note leaves the next one free.
      void this.deliver(outbox, [note]).then(([ok]) => ok || this.limiter.unwarn(admission.scope, who));
      return { ...SILENT, replies: [note], responses: ['rate_limited'], limited: admission.scope };
    }
    let out: Answer = await this.deps.process(m);
    if (m.room && out.urgent && out.replies.length > 0 && !out.responses.some((r) => ADMIN_RESPONSES.has(r))) {
      const reply = this.urgent.next(m.room, m.user);
      if (reply === 'offer') out = { ...out, replies: [this.text('group_urgent_private', await this.langFor(m))], responses: ['group_urgent_private'], limited: 'urgent' };
      else if (reply === 'quiet') out = { ...out, replies: [], responses: [], limited: 'urgent' };
      if (reply !== 'full') this.log.info({ ...ids, reply }, 'emergency already answered in this group');
    }
    if (out.replies.length === 0) return out;
    this.limiter.spend(who);
    this.repeats.answered(m);
    return { ...out, sent: this.deliver(outbox, out.replies) };
  }

  private deliver(outbox: Outbox | undefined, texts: readonly string[]): Promise<boolean[]> {
    if (!outbox) return Promise.resolve(texts.map(() => true));
    return this.sender.enqueue(
      { chat: outbox.chat, group: outbox.group, label: this.deps.hash(outbox.chat) },
      texts.map((t, i) => () => outbox.send(t, i)),
    );
  }

  /**
   * Texts of one person joined in order, as one message. In a group the story is addressed to
   * the bot if any of its messages was; each loses its keyword so the judgement reads the words.
   */
  private combine(parts: readonly IncomingMessage[]): IncomingMessage {
    const last = parts[parts.length - 1]!;
    const read = parts.map((p) => (p.room ? addressing(p.text, p.mention === true, this.o.keywords, p.botName) : { addressed: false, text: p.text }));
    const texts = read.map((r) => r.text.trim()).filter((t, i, all) => t.length > 0 && t !== all[i - 1]);
    const addressed = read.some((r) => r.addressed);
    return { ...last, text: texts.join('\n'), mention: last.room ? addressed : last.mention, admin: parts.some((p) => p.admin === true) };
  }

  /** Would the person be waiting for an answer? Then a dropped message deserves a note. */
  private async expectsAnswer(m: IncomingMessage): Promise<boolean> {
    if (!m.room) return true;
    if ((await this.deps.rooms.get(m.room)).mode === 'off') return false;
    return addressing(m.text, m.mention === true, this.o.keywords, m.botName).addressed;
  }

  private async langFor(m: IncomingMessage): Promise<Lang> {
    const forced = m.room ? (await this.deps.rooms.get(m.room)).lang : null;
    return forced ?? detectLanguage(m.text) ?? this.o.defaultLang;
  }

  private text(key: string, lang: Lang): string {
    return this.o.messages()[key]?.[lang] ?? '';
  }
}

export type TurnsConfig = Pick<
  Config,
  | 'BOT_KEYWORDS'
  | 'DEFAULT_LANGUAGE'
  | 'RATE_LIMIT_PER_USER_PER_MINUTE'
  | 'RATE_LIMIT_PER_ROOM_PER_MINUTE'
  | 'RATE_LIMIT_PER_MEMBER_PER_MINUTE'
  | 'SEND_INTERVAL_MS'
  | 'SEND_TIMEOUT_MS'
  | 'GROUP_POSTS_PER_MINUTE'
>;

/** The pipeline over an app, limits from the config and dialogs/policy.yaml. */
export function turnsFor(
  app: App,
  config: TurnsConfig,
  log: Logger,
  { send, ...o }: Partial<Omit<TurnsOptions, 'send'>> & { windowMs: number; send?: Partial<TurnsOptions['send']> },
): Turns {
  const policy = app.content.policy.limits;
  return new Turns(
    { process: (m) => app.adapter.process(m), rooms: app.bot.rooms, readsUrgent: (t) => app.bot.readsUrgent(t), hash: app.store.hash },
    {
      keywords: config.BOT_KEYWORDS,
      defaultLang: config.DEFAULT_LANGUAGE,
      limits: {
        perUserPerMinute: config.RATE_LIMIT_PER_USER_PER_MINUTE,
        perRoomPerMinute: config.RATE_LIMIT_PER_ROOM_PER_MINUTE,
        perMemberPerMinute: config.RATE_LIMIT_PER_MEMBER_PER_MINUTE,
        ...policy,
      },
      send: {
        intervalMs: config.SEND_INTERVAL_MS,
        jitterMs: config.SEND_INTERVAL_MS / 2,
        timeoutMs: config.SEND_TIMEOUT_MS,
        retryDelaysMs: [2_000],
        groupPerMinute: config.GROUP_POSTS_PER_MINUTE,
        ...send,
      },
      messages: () => app.content.messages,
      ...o,
    },
    log,
  );
}
