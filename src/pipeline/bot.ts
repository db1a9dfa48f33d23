import { ConversationState, UserState, type RecognizerResult, type StatePropertyAccessor, type TurnContext } from 'botbuilder-core';
// botbuilder-dialogs' index also loads its prompts and Microsoft's Recognizers-Text (10 MB of
// source, ~25 MB of heap, ~0.3 s at start), which callguard never uses: the parts are imported one by one.
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
import type { Lang } from '../content/ids.js';
import type { Composer } from '../dialogs/compose.js';
import { DECISION, RECOGNIZED, TURN_OPTIONS, VerificationDialog, type TurnOptions } from '../dialogs/verification-dialog.js';
import { CallguardRecognizer, recognitionOf } from '../nlu/recognizer.js';
import { assessMessage, FALLBACK_RESPONSES, type NumberSeen, type TurnDecision, type VerificationFlow } from '../dialogs/verification.js';
import type { PhoneNumber } from '../nlu/entities.js';
import { normaliseNumber, REPORTABLE_KINDS } from '../storage/number-reports.js';
import type { NluEngine } from '../nlu/engine.js';
import type { ImageReading } from '../ocr/reader.js';
import type { Logger } from '../util/log.js';
import { EXPIRED_DOC_KEY } from '../storage/expiry.js';
import type { IdHasher } from '../storage/id-hash.js';
import { StateConflictError } from '../storage/sql-storage.js';
import type { Store } from '../storage/store.js';
import { MAY_RETRY, TURN_OUTPUT } from './adapter.js';
import { addressing, guardShouldSpeak, isChitChat, parseAdminCommand, type AdminCommand } from './group-policy.js';
import type { MessageType, TurnOutput } from './message.js';
import { RoomSettingsStore, type GroupMode, type RoomSettings } from './room-settings.js';

/** Below this intent confidence a message counts as barely understood, for operators' lists. */
const LEARN_BELOW = 0.6;

/** The turnState key botbuilder-dialogs' DialogStateManager looks for (not exported by the SDK). */
const DIALOG_STATE_CONFIG_KEY = 'DialogStateManagerConfiguration';

export interface BotOptions {
  defaultLang: Lang;
  keywords: readonly string[];
  groupMode: GroupMode;
  cooldownSeconds: number;
  /** WeChat ids allowed to run admin commands in any group. */
  operatorIds: readonly string[];
  /** A conversation idle this long is over: the person is told, and it starts afresh. */
  conversationIdleMs: number;
  now?: () => number;
}

interface ChannelData {
  room?: string;
  mention: boolean;
  admin: boolean;
  messageType: MessageType;
  /** The bot's own display name, when the channel knows it (WeChat). */
  botName?: string;
  channel?: string;
  /** What reading the message's image gave (src/ocr), when it was read; its text is the activity's. */
  image?: { kind: ImageReading['kind'] };
}

/** The contract's meta fields, plus the conversation's language (kept, not output). */
type Meta = Omit<TurnOutput, 'replies'> & { lang?: Lang };
/** What is kept between turns: the standing assessment, not what one turn said, and when. */
type StoredMeta = Omit<Meta, 'responses'> & { at?: number };

/** What the bot keeps about a person across chats: only the language they write in. */
interface Profile {
  lang?: Lang;
}

/** The turn pipeline: group policy → NLU → dialog → replies, the same for every channel. */
export class CallguardBot {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly profile: StatePropertyAccessor<Profile>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly lastMeta: StatePropertyAccessor<StoredMeta>;
  /** Set by the expiry sweep on a conversation it emptied. */
  private readonly expiredAt: StatePropertyAccessor<number>;
  private dialogs: DialogSet;
  readonly rooms: RoomSettingsStore;
  private readonly now: () => number;
  private recognizer: CallguardRecognizer;
  private dialogStateConfig: DialogStateManagerConfiguration | undefined;
  readonly hash: IdHasher;

  constructor(
    private readonly store: Store,
    nlu: NluEngine,
    private flow: VerificationFlow,
    private readonly opts: BotOptions,
    private readonly log: Logger,
  ) {
    this.now = opts.now ?? Date.now;
    this.recognizer = new CallguardRecognizer(nlu);
    this.hash = store.hash;
    this.conversationState = new ConversationState(store.state);
    this.userState = new UserState(store.state);
    this.profile = this.userState.createProperty<Profile>('profile');
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.lastMeta = this.conversationState.createProperty<StoredMeta>('lastMeta');
    this.expiredAt = this.conversationState.createProperty<number>(EXPIRED_DOC_KEY);
    this.dialogs = this.dialogSet(flow);
    this.rooms = new RoomSettingsStore(store.db, {
      defaults: { mode: opts.groupMode, lang: null, cooldownSeconds: opts.cooldownSeconds },
      health: store.health,
      hash: store.hash,
      now: this.now,
    });
  }

  private dialogSet(flow: VerificationFlow): DialogSet {
    const set = new DialogSet(this.dialogState);
    set.add(new VerificationDialog(flow, this.opts.defaultLang, this.now));
    return set;
  }

  /**
   * New content, live: the next turn reads and answers with it. Called between turns (the event
   * loop runs one at a time), so no turn mixes old and new content; stored cases carry over.
   */
  replaceContent(nlu: NluEngine, flow: VerificationFlow): void {
    this.recognizer = new CallguardRecognizer(nlu);
    this.flow = flow;
    this.dialogs = this.dialogSet(flow);
    this.dialogStateConfig = undefined;
  }

  /** Whether this text alone tells of a loss that needs the emergency steps now (story batching). */
  readsUrgent(text: string): boolean {
    const recognition = recognitionOf(this.recognizer.recognizeText(text));
    return assessMessage(this.flow, recognition, recognition.lang ?? this.opts.defaultLang).urgent;
  }

  private get T(): Composer {
    return this.flow.composer;
  }

  readonly run = async (context: TurnContext): Promise<void> => {
    if (context.activity.type !== 'message') return;
    // Channels other than ours (Bot Framework's TestAdapter, a future HTTP channel) may send no
    // channelData: then it is a 1:1 text message.
    const data: ChannelData = { mention: false, admin: false, messageType: 'text', ...(context.activity.channelData as Partial<ChannelData> | undefined) };
    const started = performance.now();
    const conversation = this.hash(context.activity.conversation.id);
    try {
      const meta = data.room ? await this.groupTurn(context, data, data.room) : await this.privateTurn(context, data);
      context.turnState.set(TURN_OUTPUT, meta);
      // Ids hashed and no text: operators can follow a conversation without reading it.
      this.log.debug({ conversation, type: data.messageType, intent: meta.intent, risk: meta.risk, urgent: meta.urgent, ms: Math.round((performance.now() - started) * 100) / 100 }, 'turn');
      await this.conversationState.saveChanges(context);
      await this.userState.saveChanges(context);
      await this.recordForOperators(context, data, conversation, meta);
    } catch (e) {
      // Another process changed this conversation meanwhile: the adapter redoes the turn on the
      // fresh state (nothing has been sent yet: replies leave after the turn).
      if (e instanceof StateConflictError && context.turnState.get(MAY_RETRY) === true) throw e;
      // A broken turn must never take the bot down, nor leave the person without an answer.
      this.log.error({ err: e }, 'turn failed');
      const sent = !data.room && (await context.sendActivity(this.T.text('fallback_again', this.opts.defaultLang)).then(() => true, () => false));
      context.turnState.set(TURN_OUTPUT, { intent: null, scamType: null, risk: null, urgent: false, responses: sent ? ['fallback_again'] : [] } satisfies Meta);
    }
  };

  /**
   * What operators may learn of a turn: an anonymous event, and — if the bot did not (or barely)
   * understand a text — the message redacted, as a candidate for a new example.
   */
  private async recordForOperators(context: TurnContext, data: ChannelData, conversation: string, meta: Meta): Promise<void> {
    const recognized = context.turnState.get(RECOGNIZED) as RecognizerResult | undefined;
    const r = recognized ? recognitionOf(recognized) : undefined;
    if (meta.responses.length > 0 || meta.intent !== null) {
      this.store.events.record({
        at: this.now(),
        channel: data.channel ?? context.activity.channelId,
        conversation,
        room: data.room ? this.hash(data.room) : null,
        intent: meta.intent,
        confidence: r ? r.confidence : null,
        scamType: meta.scamType,
        risk: meta.risk,
        urgent: meta.urgent,
        responses: meta.responses,
      });
    }
    if (!r || meta.responses.length === 0 || data.messageType !== 'text') return;
    const missed = r.intent === null || r.intent === 'out_of_scope' || r.confidence < LEARN_BELOW || meta.responses.some((k) => FALLBACK_RESPONSES.has(k));
    if (missed) await this.store.unrecognised.record(r.text);
  }

  /** The conversation's standing assessment, for turns that recognise nothing in this message. */
  private async previousMeta(context: TurnContext): Promise<Meta> {
    const prev = await this.lastMeta.get(context);
    return { intent: null, scamType: prev?.scamType ?? null, risk: prev?.risk ?? null, urgent: prev?.urgent ?? false, responses: [] };
  }

  /** Sends one message made of content texts; the keys go into the turn's `responses`. */
  private async say(context: TurnContext, meta: Meta, key: string, text: string): Promise<Meta> {
    await context.sendActivity(text);
    return { ...meta, responses: [...meta.responses, key] };
  }

  private async privateTurn(context: TurnContext, data: ChannelData): Promise<Meta> {
    const type = data.messageType;
    if (type === 'image' && data.image) return this.imageTurn(context, data.image.kind, { group: false });
    if (type !== 'text') {
      const prev = await this.previousMeta(context);
      if (type === 'emoticon') return prev;
      const lang = (await this.userLang(context)) ?? this.opts.defaultLang;
      const key = type === 'audio' ? 'non_text_voice' : 'non_text_media';
      return this.say(context, prev, key, this.T.text(key, lang));
    }
    return this.converse(context, context.activity.text ?? '', { group: false });
  }

  private async groupTurn(context: TurnContext, data: ChannelData, room: string): Promise<Meta> {
    const settings = await this.rooms.get(room);
    const { addressed, text } = addressing(context.activity.text ?? '', data.mention, this.opts.keywords, data.botName);
    const isAdmin = data.admin || this.opts.operatorIds.includes(context.activity.from.id);
    const lang: Lang = settings.lang ?? (await this.userLang(context)) ?? this.opts.defaultLang;

    if (addressed && data.messageType === 'text') {
      const command = parseAdminCommand(text);
      if (command) {
        // Answer a command in the language of its command word: "mode mention" in English,
        // "模式 mention" in Chinese.
        const commandLang: Lang = settings.lang ?? (/^[\u3400-\u9fff]/.test(text) ? 'zh' : 'en');
        // Anyone may ask for the status; only admins may change settings.
        const prev = await this.previousMeta(context);
        if (!isAdmin && command.kind !== 'status') return this.say(context, prev, 'admin_only', this.T.text('admin_only', commandLang));
        return this.say(context, prev, command.kind === 'status' ? 'admin_status' : 'admin_done', await this.runAdminCommand(room, settings, command, commandLang));
      }
    }
    if (settings.mode === 'off') return this.previousMeta(context);

    if (data.messageType === 'image' && data.image && addressed) return this.imageTurn(context, data.image.kind, { group: true, lang: settings.lang }, true);
    if (data.messageType !== 'text') {
      // Stickers, mini-programs and unaddressed media never get an answer in a group.
      if (!addressed || data.messageType === 'emoticon' || data.messageType === 'other') return this.previousMeta(context);
      const key = data.messageType === 'audio' ? 'non_text_voice' : 'non_text_media';
      return this.say(context, await this.previousMeta(context), key, this.T.text(key, lang));
    }

    const opts: TurnOptions = { group: true, lang: settings.lang };
    if (addressed) return this.converse(context, text, opts, true);
    // A member whose emergency the bot has opened here ("完了我刚被骗了…" → "现在怎么办啊") is in a
    // conversation with it: their follow-ups are answered, mentioned or not, chit-chat aside.
    // Anyone else's unaddressed message in a mention-only group is not even read.
    const prev = await this.previousMeta(context);
    if (!prev.urgent && settings.mode !== 'guard') return prev;
    const recognized = this.recognizer.recognizeText(text);
    const recognition = recognitionOf(recognized);
    if (prev.urgent && !isChitChat(recognition, this.flow.quietInGroups)) return this.converse(context, text, opts, true);
    if (settings.mode !== 'guard') return prev;

    const alone = assessMessage(this.flow, recognition, recognition.lang ?? lang);
    const speak = guardShouldSpeak({
      recognition,
      risk: alone.risk,
      urgent: alone.urgent,
      now: this.now(),
      lastGuardAt: settings.lastGuardAt,
      cooldownSeconds: settings.cooldownSeconds,
      quiet: this.flow.quietInGroups,
    });
    if (!speak) return prev;
    await this.rooms.set(room, { ...settings, lastGuardAt: this.now() });
    this.log.info({ room: this.hash(room) }, 'guard mode: speaking unasked');
    return this.converse(context, text, opts, true, recognized);
  }

  /**
   * A screenshot: its text (the activity's, redacted at intake like typed text) is judged exactly
   * as if the person had typed it, after a line saying the picture was read and what it showed.
   * An image that gave no text gets a kind request instead.
   */
  private async imageTurn(context: TurnContext, read: ImageReading['kind'], opts: TurnOptions, group = false): Promise<Meta> {
    if (read === 'text') return this.converse(context, context.activity.text ?? '', opts, group, undefined, true);
    const key = read === 'no_text' ? 'image_no_text' : 'image_unreadable';
    const lang = opts.lang ?? (await this.userLang(context)) ?? this.opts.defaultLang;
    return this.say(context, await this.previousMeta(context), key, this.T.text(key, lang));
  }

  private async runAdminCommand(room: string, s: RoomSettings, c: AdminCommand, lang: Lang): Promise<string> {
    const next: RoomSettings = { ...s };
    if (c.kind === 'mode') next.mode = c.mode;
    if (c.kind === 'lang') next.lang = c.lang;
    if (c.kind === 'cooldown') next.cooldownSeconds = c.seconds;
    if (c.kind !== 'status') {
      await this.rooms.set(room, next);
      this.log.info({ room: this.hash(room), command: c.kind }, 'group settings changed');
    }
    const replyLang = lang;
    return this.T.text(c.kind === 'status' ? 'admin_status' : 'admin_done', replyLang, {
      mode: this.T.text(`mode_${next.mode}`, replyLang),
      lang: this.T.text(`lang_${next.lang ?? 'auto'}`, replyLang),
      cooldown: next.cooldownSeconds < 60 || next.cooldownSeconds % 60 !== 0
        ? this.T.text('duration_seconds', replyLang, { n: String(next.cooldownSeconds) })
        : this.T.text('duration_minutes', replyLang, { n: String(next.cooldownSeconds / 60) }),
    });
  }

  /** The language this person last wrote in, in any chat (1:1 or group). */
  private async userLang(context: TurnContext): Promise<Lang | undefined> {
    // No default: reading must not create a record for a group member who never used the bot.
    return (await this.profile.get(context))?.lang;
  }

  /**
   * A conversation idle past its time (or emptied by the expiry sweep) is over: its case is
   * dropped here, on the turn, so that no sweep timing can show a stale case, and the dialog is
   * told so that the person hears why they are starting again.
   */
  private async endIfExpired(context: TurnContext): Promise<boolean> {
    const swept = await this.expiredAt.get(context);
    const last = (await this.lastMeta.get(context))?.at;
    const idle = last !== undefined && this.now() - last > this.opts.conversationIdleMs;
    if (swept === undefined && !idle) return false;
    // Properties are deleted rather than the state cleared: the eTag stays, so a concurrent
    // writer is still detected.
    await this.dialogState.delete(context);
    await this.lastMeta.delete(context);
    await this.expiredAt.delete(context);
    return true;
  }

  /** What the community reported of the callers' numbers in a message (at most two looked up). */
  private async numbersSeen(numbers: readonly PhoneNumber[]): Promise<NumberSeen[]> {
    const out: NumberSeen[] = [];
    for (const n of numbers.slice(0, 2)) {
      const normal = normaliseNumber(n.display);
      if (!normal || !REPORTABLE_KINDS.has(n.kind)) continue;
      const s = await this.store.reports.summary(normal);
      if (s) out.push({ display: n.display, ...s });
    }
    return out;
  }

  /** Recognise, run the dialog, send its replies. `fromImage`: the text was read off a screenshot. */
  private async converse(context: TurnContext, text: string, opts: TurnOptions, group = false, known?: RecognizerResult, fromImage = false): Promise<Meta> {
    const recognized = known ?? this.recognizer.recognizeText(text);
    const recognition = recognitionOf(recognized);
    context.turnState.set(RECOGNIZED, recognized);
    const expired = await this.endIfExpired(context);
    // The person's language lives in UserState (shared by their chats); this conversation's copy
    // in lastMeta spares a UserState round trip on every turn that stays in the same language.
    const convLang = (await this.lastMeta.get(context))?.lang;
    let keepLang: Lang | null = null;
    if (fromImage) {
      // A screenshot's language is the sender's, not the person's: answer in theirs when known.
      keepLang = convLang ?? (await this.userLang(context)) ?? recognition.lang ?? null;
    } else if (recognition.lang) {
      if (recognition.lang !== convLang) (await this.profile.get(context, {})).lang = recognition.lang;
    } else {
      // A message with no letters (a number, an emoji) keeps the person's language.
      keepLang = convLang ?? (await this.userLang(context)) ?? null;
    }
    const reports = await this.numbersSeen(recognition.entities.numbers);
    context.turnState.set(TURN_OPTIONS, { ...opts, lang: opts.lang ?? keepLang, expired, reports });
    // botbuilder-dialogs rebuilds its memory-scope configuration for every DialogContext unless
    // the turn already carries one; the scopes hold no per-turn state, so one serves every turn.
    if (this.dialogStateConfig) context.turnState.set(DIALOG_STATE_CONFIG_KEY, this.dialogStateConfig);
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfig ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(VerificationDialog.ID);
    const decision = context.turnState.get(DECISION) as TurnDecision;
    const reported = decision.report === null ? null : normaliseNumber(decision.report);
    // The reporter is the person (their HMAC), not the chat: one person counts once per number.
    if (reported) await this.store.reports.report(reported, this.hash(`reporter|${context.activity.from.id}`));
    const replies = [...decision.replies];
    const responses = [...decision.responses];
    // One message in a group, not two: the pointer to a private chat rides on the last reply.
    if (group && replies.length > 0) {
      replies[replies.length - 1] += `\n${this.T.render([[this.T.msg('group_more_in_private', decision.state.lang)]], decision.state.lang === 'en' ? 'hans' : decision.state.script).replies[0]}`;
      responses.push('group_more_in_private');
    }
    if (fromImage) {
      const lang = decision.state.lang;
      const note = this.T.render([[this.T.imageRead(recognition.matches.map((m) => m.key), lang)]], lang === 'en' ? 'hans' : decision.state.script);
      if (replies.length > 0) replies[0] = `${note.replies[0]}\n${replies[0]}`;
      else replies.push(note.replies[0] ?? '');
      responses.unshift(...note.responses);
    }
    if (replies.length > 0) await context.sendActivities(replies.map((text) => ({ type: 'message', text })));
    const stored: StoredMeta = { intent: recognition.intent, scamType: decision.scamType, risk: decision.risk, urgent: decision.urgent, lang: decision.state.lang, at: this.now() };
    await this.lastMeta.set(context, stored);
    return { ...stored, responses };
  }
}

