import type { Content } from '../content/load.js';
import type { Lang } from '../content/ids.js';
import type { SlotSpec } from '../content/schemas.js';
import type { Recognition } from '../nlu/engine.js';
import { enoughScript, writesChinese } from '../nlu/language.js';
import { Assessor, UNSPECIFIED_DEED, type Assessment } from './assess.js';
import { newCase, upgradeCase, withEvidence, type CaseState, type Risk, type Script } from './case.js';
import { Composer, type Message, type Part } from './compose.js';
import { MessageReader, type Reading } from './read-message.js';
import { REPORTABLE_KINDS } from '../storage/number-reports.js';
import { compileCues } from '../nlu/lexicon.js';
import { CANTONESE_CHARS } from '../nlu/language.js';

/** A deed the caller is after and the person has not done: the verdict's caution line is for these. */
const CAUTION_STATES: ReadonlySet<string> = new Set(['requested', 'about', 'asked']);

export interface TurnInput {
  recognition: Recognition;
  /** Group chats get short replies. */
  group: boolean;
  now: number;
  defaultLang: Lang;
  /** The person's earlier conversation expired (idle too long) and was dropped just now. */
  expired?: boolean;
  /** Community reports of the callers' numbers in this message (null: storage could not tell). */
  reports?: readonly NumberSeen[];
}

/** What the community reported of one number in the message. */
export interface NumberSeen {
  display: string;
  reporters: number;
  lastAt: number | null;
}

/** What a turn decided, for the channel (replies) and the contract (meta fields). */
export interface TurnDecision {
  state: CaseState;
  replies: string[];
  /** Content keys of the texts sent, in order: what the bot chose, whatever the wording. */
  responses: string[];
  intent: string | null;
  risk: Risk | null;
  scamType: string | null;
  urgent: boolean;
  /** The person said yes to logging this caller's number (display form) for the community. */
  report: string | null;
}

const RISK_RANK: Record<string, number> = { low: 1, medium: 2, high: 3 };
const rank = (r: Risk | null) => (r ? (RISK_RANK[r] ?? 0) : 0);

/** "登记 号码！" → "登记号码": a yes to the offer is matched whole, whatever spacing or marks. */
const commandForm = (t: string) => t.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** Replies that mean "I did not understand, tell me about the call". */
export const FALLBACK_RESPONSES: ReadonlySet<string> = new Set(['fallback', 'fallback_again', 'help']);
/** What a new conversation opens with when the message tells nothing: an expired case replaces them. */
const STOCK_OPENINGS = new Set(['welcome', ...FALLBACK_RESPONSES]);


/** What the turn decided to say, before rendering. */
interface Plan {
  case: CaseState;
  messages: Message[];
}

/**
 * The verification conversation as a pure function of (case, message) → (case, replies), in three
 * steps: read the message (MessageReader), update the case (a new object), choose the responses
 * (one handler per situation below). botbuilder-dialogs hosts it (verification-dialog.ts).
 */
export class VerificationFlow {
  readonly assessor: Assessor;
  readonly composer: Composer;
  readonly reader: MessageReader;
  /** Intents never worth an unasked word in a group (policy intents.quietInGroups). */
  readonly quietInGroups: ReadonlySet<string>;
  private readonly slots: SlotSpec[];
  private readonly slotFills: Map<string, readonly string[]>;
  private readonly reportYes: Set<string>;
  private readonly stillAsking: RegExp | undefined;
  private readonly reported: RegExp | undefined;
  private readonly fresh: RegExp | undefined;
  private readonly called: RegExp | undefined;
  private readonly toStation: RegExp | undefined;
  private readonly askedAgain: RegExp | undefined;
  private readonly askedNow: RegExp | undefined;

  constructor(private readonly content: Content) {
    this.assessor = new Assessor(content);
    this.composer = new Composer(content);
    this.reader = new MessageReader(content);
    this.quietInGroups = new Set(content.policy.intents.quietInGroups);
    this.slots = content.verification.slots;
    this.slotFills = new Map(this.slots.map((s) => [s.id, s.fills]));
    const yes = content.policy.reports.yes;
    this.reportYes = new Set([...yes.zh, ...yes.en].map(commandForm));
    this.stillAsking = compileCues(content.policy.emergency.stillAsking, 'iu');
    this.reported = compileCues(content.policy.emergency.reported, 'iu');
    this.fresh = compileCues(content.policy.emergency.fresh, 'iu');
    this.called = compileCues(content.policy.emergency.called, 'iu');
    this.toStation = compileCues(content.policy.emergency.toStation, 'iu');
    this.askedAgain = compileCues(content.policy.verdict.askedAgain, 'iu');
    this.askedNow = compileCues(content.policy.verdict.askedNow, 'iu');
  }

  turn(stored: unknown, input: TurnInput): TurnDecision {
    const r = input.recognition;
    const prev = stored === undefined ? undefined : upgradeCase(stored);
    // "QQ", "app", "ok" inside a Chinese conversation do not switch it to English.
    // Nor does "what now? 要call bank吗": a Chinese conversation stays Chinese while the person writes any.
    const keepsChinese = prev?.lang === 'zh' && writesChinese(r.text);
    const lang: Lang = (r.lang && (!prev || enoughScript(r.text)) && !keepsChinese ? r.lang : undefined) ?? prev?.lang ?? input.defaultLang;
    const script: Script = lang === 'en' ? (prev?.script ?? 'hans') : this.scriptOf(r, prev?.script);
    const start: CaseState = prev ? { ...prev, lang, script } : newCase(lang, input.now, script);

    // 1. Read the message.
    const reading = this.reader.read(r, start);
    if (start.reportOffer && this.reportYes.has(commandForm(r.text))) {
      const c: CaseState = { ...start, reportOffer: null };
      return { ...this.finish({ case: c, messages: [[this.composer.ref(this.content.policy.reports.recorded, lang)!]] }, reading), report: start.reportOffer };
    }
    if (reading.role === 'restart') return this.finish({ case: newCase(lang, input.now, script), messages: [[this.composer.msg('restarted', lang)]] }, reading);

    // 2. Update the case: a new object, the stored one untouched.
    const { next: c, added, newFlags } = withEvidence(start, r, reading.evidence, this.slotFills, reading.entitiesOnly);
    if (reading.role === 'story' || (added > 0 && reading.role !== 'question')) c.described = true;
    if (reading.forwarded) c.forwarded = true;
    if (reading.role === 'dispute') c.disputed = true;
    // Anything said of a deed ("我没给钱", "他让我转账") answers "did you already give anything?".
    if (Object.keys(reading.evidence.deeds).length > 0 && !c.answered.includes('given')) c.answered = [...c.answered, 'given'];
    // "是" after "if it is gone … reply yes": it is gone, whatever question was pending.
    if (c.maybeGone.length > 0) {
      // "但他之前确实给我钱了" reads as already_gave, but tells of money that came in: no "yes".
      const cameIn = reading.proofs.length > 0 || r.cues.includes('incoming');
      const yes = reading.intent === 'affirm' || (reading.intent === 'already_gave' && Object.keys(reading.evidence.deeds).length === 0 && !cameIn);
      if (yes) c.deeds = { ...c.deeds, ...Object.fromEntries(c.maybeGone.map((d) => [d, 'done' as const])) };
      c.maybeGone = [];
    }
    // A question to the bot ("怎么报警?") is no answer to ours: the pending question stays as it is.
    const answering = reading.role !== 'question' && reading.glossary.length === 0 && reading.explain.length === 0 && !reading.linkOnly;
    const askAgain = answering ? this.answerPending(c, r, reading, added) : false;
    const a = this.assessor.assess(c);

    // 3. Choose the responses.
    const pre: Message = [];
    if (r.entities.secrets.length > 0) pre.push(this.composer.msg('no_personal_data', lang));
    if (r.truncated) pre.push(this.composer.msg('input_too_long', lang));
    const plan = this.respond(c, reading, a, added, newFlags, askAgain, r, input.group, lang);
    // An expired case is said so, kindly: instead of a welcome or "tell me more", before a verdict.
    if (input.expired && !prev) {
      const expired = this.composer.msg('case_expired', lang);
      const stock = plan.messages.length === 1 && STOCK_OPENINGS.has(plan.messages[0]?.[0]?.key ?? '');
      if (stock) plan.messages = [[expired]];
      else pre.unshift(expired);
    }
    // Maybe gone, not surely: say what to do if it is, and let a "yes" confirm it (the deed waits
    // as asked-for, and "是" to the pending question makes it done).
    if (reading.urgentMaybe.length > 0 && !a.urgent && !(plan.case.emergency && !plan.case.emergency.handled)) {
      pre.push(this.composer.ref(this.content.policy.emergency.maybe, lang)!);
      plan.case = { ...plan.case, maybeGone: [...new Set([...plan.case.maybeGone, ...reading.urgentMaybe])] };
    }
    // About to pay or asking whether to give the code: "stop" comes before any question of ours.
    if (reading.urgentAsked.length > 0 && reading.urgentMaybe.length === 0 && !a.urgent && !(plan.case.emergency && !plan.case.emergency.handled)) {
      pre.unshift(this.composer.ref(this.content.policy.emergency.stop, lang)!);
    }
    // The emergency leads, whatever else the message needs said: notices go after its first message.
    if (pre.length > 0) {
      const leads = plan.messages[0]?.[0]?.key === this.content.policy.emergency.intro;
      plan.messages.splice(leads ? 1 : 0, 0, pre);
    }
    this.addCommunityReports(plan, reading, input, lang);
    // One message in a group, never a burst (the pipeline adds the pointer to a private chat).
    if (input.group) plan.messages = plan.messages.length > 0 ? [this.fitLines(plan.messages.flat(), this.content.policy.thresholds.groupLines - 1)] : [];
    return this.finish(plan, reading);
  }

  /** Which handler answers: the open emergency first, then a new one, then questions, then the story. */
  private respond(c: CaseState, m: Reading, a: Assessment, added: number, newFlags: string[], askAgain: boolean, r: Recognition, group: boolean, lang: Lang): Plan {
    const open = c.emergency !== null && !c.emergency.handled;
    // "卡冻结了，密码也改了": the emergency is handled, not a new deed ("密码也改了" is the fix, and
    // it is kept as shown, so it cannot reopen the emergency next turn). "共享关了，还要干嘛" asks
    // what is left: it is not over.
    const stillAsking = this.stillAsking?.test(r.text) ?? false;
    if (open && m.role === 'handled' && !stillAsking) {
      const emergency = { ...c.emergency!, deeds: [...new Set([...c.emergency!.deeds, ...a.urgentItems])], handled: true };
      return { case: { ...c, emergency }, messages: [[this.composer.ref(this.content.policy.emergency.handled, lang)!]] };
    }
    // After it was handled, a new loss ("他又打来，我又转了2万") opens it again.
    if (c.emergency?.handled && m.urgentDone.length > 0 && m.role !== 'handled') {
      return this.startEmergency({ ...c, emergency: { ...c.emergency, handled: false } }, a, m.urgentDone, r.family, group, lang);
    }
    const newlyGone = a.urgentItems.filter((d) => !(c.emergency?.deeds ?? []).includes(d));
    if (newlyGone.length > 0) {
      // An old loss, told with its report: handled already; what matters now is the next scam.
      // Lost today and reported ("下午被骗了两万，打了110"): still an emergency, without "call 110" again.
      const reported = this.reported?.test(r.text) ?? false;
      if (!open && reported && !(this.fresh?.test(r.text) ?? false)) {
        const emergency = { deeds: [...new Set([...(c.emergency?.deeds ?? []), ...a.urgentItems])], family: r.family, handled: true };
        return { case: { ...c, emergency, verdict: { risk: a.risk ?? 'high', scamType: a.scamType } }, messages: [[this.composer.ref(this.content.policy.emergency.reportedReply, lang)!]] };
      }
      return this.startEmergency(c, a, newlyGone, r.family, group, lang, reported || (this.called?.test(r.text) ?? false));
    }
    if (open) return this.inEmergency(c, m, a, newFlags, r, lang);
    // After the emergency is handled: "还有什么要注意的" gets what comes after, not the verdict again.
    if (c.emergency?.handled && m.role !== 'story' && (m.intent === null || m.intent === 'unsure' || m.intent === 'ask_what_to_do' || m.role === 'handled')) {
      return { case: c, messages: [[this.composer.msg('emergency_aftercare', lang)]] };
    }
    if (m.linkOnly) return { case: c, messages: [[this.composer.ref(this.content.policy.forwarded.linkOnly, lang)!]] };
    if (m.glossary.length > 0) return this.answerGlossary(c, m, lang);
    if (m.explain.length > 0) return this.explainFlags(c, m, lang);
    if (m.role === 'dispute') return { case: c, messages: [[this.composer.ref(this.content.policy.answers.dispute ?? 'dispute_recorded', lang) ?? this.composer.msg('dispute_recorded', lang)]] };
    // A known service number (12381, 10086) asked about gets its directory entry.
    const directory = a.risk === 'high' ? undefined : this.composer.directoryNote(r.entities.numbers, lang);
    if (directory && (m.role === 'question' || !c.described)) return { case: c, messages: [[directory]] };
    if (m.role === 'question' && !this.wantsAnswer(c, r)) return this.answerQuestion(c, m, a, r, lang);
    // A doubt that leans on a proof already told ("可是前面都真的给钱了啊") is answered by the story
    // handler with that proof's answer, not with the verdict in one line.
    if (c.verdict && added === 0 && (m.intent === null || m.intent === 'unsure') && m.proofs.length === 0) {
      // "是不是骗子啊" / "我不懂" / "说简单点" after the verdict: the verdict again, in one plain line.
      return { case: c, messages: [[this.composer.msg(c.verdict.risk ? `simple_${c.verdict.risk}` : 'verdict_unknown', lang)]] };
    }
    return this.story(c, m, a, added, newFlags, askAgain, r, group, lang);
  }

  // ---------- the emergency ----------

  private startEmergency(c: CaseState, a: Assessment, deeds: string[], family: boolean, group: boolean, lang: Lang, called = false): Plan {
    const T = this.composer;
    const [first, second] = T.urgent(deeds, family, lang, called);
    // A share or an app the caller is after and not yet done ("下了 他叫我点共享"): its line too.
    const caution = this.cautionLine(c, lang);
    const messages: Message[] = [caution ? this.withRoom(first!, caution, lang) : first!];
    if (!group) {
      // The family's verdict only when the words named it: a guess would only distract now.
      const follow: Message = [...second!];
      if (a.risk && a.scamTypeNamed && (!c.verdict || c.verdict.scamType !== a.scamType)) follow.unshift(T.msg('verdict_high', lang, { scamName: T.scamName(a.scamType, lang) }));
      messages.push(follow);
    }
    const emergency = { deeds: [...new Set([...(c.emergency?.deeds ?? []), ...a.urgentItems])], family: family || (c.emergency?.family ?? false), handled: false };
    return { case: { ...c, emergency, verdict: { risk: a.risk ?? 'high', scamType: a.scamType }, pending: null, awaitingGiven: false }, messages };
  }

  /** Every message while something is gone is answered inside the emergency. */
  private inEmergency(c: CaseState, m: Reading, a: Assessment, newFlags: string[], r: Recognition, lang: Lang): Plan {
    const e = this.content.policy.emergency;
    const T = this.composer;
    if (m.glossary.length > 0) return this.answerGlossary(c, m, lang);
    const ref = m.intent ? (T.emergencyVariant(c.emergency?.deeds ?? [])?.answers[m.intent] ?? e.answers[m.intent]) : undefined;
    // "點算好 我而家仲未熄": what to do now includes ending the share that is still on.
    const withSteps = (messages: Message[]): Message[] => {
      const parts = m.intent && e.nextSteps.intents.includes(m.intent) ? T.remindSteps(c.emergency?.deeds ?? [], lang, e.nextSteps.deeds) : [];
      return parts.length === 0 || messages.length === 0 ? messages : [[...messages[0]!, ...parts], ...messages.slice(1)];
    };
    // "他又让我打第二笔", "交了保证金就能提现": the caller wants more. Never pay again. Asked as a
    // question ("要不要先交税把钱拿回来", "should I pay the unlock fee?") it is still the caller's
    // ask, and the answer is no before anything else.
    // "警察让我去派出所做笔录": going to a station is always safe; that ask is no caller wanting more.
    const toStation = this.toStation?.test(r.text) ?? false;
    const wantsMore = m.urgentWanted.length > 0 || m.urgentAsked.length > 0 || (!toStation && newFlags.some((f) => /^(?:ask|money)\./.test(f)));
    if (ref && m.role === 'question' && !wantsMore) return { case: c, messages: withSteps(this.answerRef(ref, c, a, r, lang)) };
    // What is still to be done comes with it: a card given is still to be frozen.
    if (wantsMore) return { case: c, messages: [[T.ref(e.again, lang)!, ...T.remindSteps(c.emergency?.deeds ?? [], lang)]] };
    if (ref) return { case: c, messages: withSteps(this.answerRef(ref, c, a, r, lang)) };
    // Any other question is answered, with the emergency's one line after it.
    if (m.role === 'question' && m.question) {
      const plan = this.answerQuestion(c, m, a, r, lang);
      return { ...plan, messages: [...plan.messages, T.reminder(c.emergency?.deeds ?? [], lang)] };
    }
    return { case: c, messages: [T.reminder(c.emergency?.deeds ?? [], lang)] };
  }

  // ---------- questions ----------

  private answerQuestion(c: CaseState, m: Reading, a: Assessment, r: Recognition | undefined, lang: Lang): Plan {
    const intent = m.question!;
    const ref = this.content.policy.answers[intent] ?? (this.content.faq[intent] ? `faq.${intent}` : undefined);
    const messages = ref ? this.answerRef(ref, c, a, r, lang) : [[this.composer.msg('fallback', lang)]];
    const next = { ...c, topic: intent };
    // A question to the bot is no answer to ours: the pending question is asked again after it.
    if (!c.verdict && c.described && !c.emergency) {
      const q = this.nextQuestion(next, lang, true);
      if (q) messages.push([q]);
    }
    return { case: next, messages };
  }

  /** A response named in policy.yaml, built: a message, an FAQ answer or a computed answer. */
  private answerRef(ref: string, c: CaseState, a: Assessment, r: Recognition | undefined, lang: Lang): Message[] {
    const T = this.composer;
    const n = this.content.policy.verdict.reasons;
    switch (ref) {
      case '@summary':
        return [[c.described ? T.summary(c, a, lang) : T.msg('summary_empty', lang)]];
      case '@reasons':
        return [c.verdict ? T.reasons(a, lang, n) : [T.msg('reasons_none', lang)]];
      case '@details':
        if (!c.verdict || !a.risk || a.risk === 'low') return [c.verdict ? T.verdict(a, lang) : [T.msg('verdict_unknown', lang)]];
        return [T.reasons(a, lang, n), T.actions(a, lang), T.hotlinesFor(a, lang)];
      case '@hotlines':
        return [c.verdict && (a.risk === 'high' || a.risk === 'medium') ? T.hotlinesFor(a, lang) : [T.faq('ask_hotline', lang) ?? T.msg('help', lang)]];
      case '@emergency_hotlines':
        return [T.emergencyHotlines(lang)];
      case '@emergency_details':
        return T.urgent(c.emergency?.deeds ?? [UNSPECIFIED_DEED], c.emergency?.family ?? false, lang);
      case '@what_to_do':
        if (c.verdict && (a.risk === 'high' || a.risk === 'medium')) return [T.actions(a, lang)];
        if (c.verdict) return [[T.msg('benign_verify', lang)]];
        return [[T.msg('what_to_do_general', lang)]];
      case '@number':
        // "这个是真的吗" after a verdict, with no number in it: the call is what is asked about.
        if (c.verdict && a.risk !== null && (r?.entities.numbers.length ?? 0) === 0 && !r?.allMatches.some((m) => m.key === 'channel.international_prefix')) {
          return [this.verdictMessage(c, a, false, lang)];
        }
        return [[this.numberAnswer(r, lang)]];
      case '@does_call':
        return [this.doesCall(r, lang)];
      case '@message_real':
        // "这条靠谱吗" about what the person told us: the verdict again. About a message in a group
        // the bot never saw: say so, how to show it, and what holds for any such reminder.
        if (c.verdict && a.risk !== null) return [this.verdictMessage(c, a, false, lang)];
        return [[T.msg('message_unseen', lang)]];
      default: {
        const p = T.ref(ref, lang, c.topic);
        return [[p ?? T.msg('fallback', lang)]];
      }
    }
  }

  private numberAnswer(r: Recognition | undefined, lang: Lang): Part {
    const T = this.composer;
    const n = r?.entities.numbers[0];
    if (!n) {
      // "Is a number starting with 00 always from abroad?": a question about a kind of number.
      const intl = r?.allMatches.some((m) => m.key === 'channel.international_prefix') ?? false;
      return T.msg(intl ? 'number_international_general' : 'number_unknown', lang, { number: '' });
    }
    const directory = T.directoryNote([n], lang);
    if (directory) return directory;
    const key = n.kind === 'official_96110' ? 'number_96110_real' : n.kind === 'fake_96110' ? 'number_prefixed_fake' : n.kind === 'international' ? 'number_international' : 'number_unknown';
    return T.msg(key, lang, { number: n.display });
  }

  /** "网信办会打电话吗": the body's own fact first (a "no"), then the general rule. */
  private doesCall(r: Recognition | undefined, lang: Lang): Message {
    const T = this.composer;
    const org = r?.allMatches.find((m) => m.category === 'organisation');
    if (!org?.publicBody) return [T.msg('does_call_unknown', lang)];
    const label = this.content.redFlags[org.key]?.label?.[lang] ?? '';
    const fact = T.flag(org.key, lang);
    return fact ? [fact, T.msg('does_call_public_body', lang, { org: label })] : [T.msg('does_call_public_body', lang, { org: label })];
  }

  private answerGlossary(c: CaseState, m: Reading, lang: Lang): Plan {
    const parts = m.glossary.slice(0, 2).map((g) => this.composer.glossary(g, lang)).filter((p): p is Part => !!p);
    const messages: Message[] = [parts];
    const next = { ...c, topic: `glossary.${m.glossary[0]!}` };
    if (!c.verdict && c.described && !c.emergency) {
      const q = this.nextQuestion(next, lang, true);
      if (q) messages.push([q]);
    }
    return { case: next, messages };
  }

  private explainFlags(c: CaseState, m: Reading, lang: Lang): Plan {
    const keys = this.assessor.rank(m.explain).slice(0, 2);
    const parts = keys.map((k) => this.composer.flag(k, lang)).filter((p): p is Part => !!p);
    if (parts.length === 0) return { case: c, messages: [[this.composer.msg('fallback', lang)]] };
    const messages: Message[] = [parts];
    const next = { ...c };
    if (!c.verdict && c.described) {
      const q = this.nextQuestion(next, lang, true);
      if (q) messages.push([q]);
    }
    return { case: next, messages };
  }

  // ---------- the story ----------

  private story(c0: CaseState, m: Reading, a: Assessment, added: number, newFlags: string[], askAgain: boolean, r: Recognition, group: boolean, lang: Lang): Plan {
    const T = this.composer;
    const c = { ...c0 };
    const directory = a.risk === 'high' ? undefined : T.directoryNote(r.entities.numbers, lang);
    if (directory && m.intent === 'ask_number_real') return { case: c, messages: [[directory]] };

    // New evidence may raise a verdict or name another family; it never talks one down, except
    // the person's own check through an official number ("我打110问过了，确实是派出所的").
    const verified = newFlags.some((f) => this.content.redFlags[f]?.verifies === true);
    const changed = c.verdict !== null && a.risk !== null && (verified || rank(a.risk) > rank(c.verdict.risk) || (a.scamType !== c.verdict.scamType && rank(a.risk) >= rank(c.verdict.risk)));
    const disclosure: Message = a.disclosed.length > 0 && Object.values(m.evidence.deeds).includes('done') ? [T.msg('disclosure', lang)] : [];

    if (verified) {
      const key = newFlags.find((f) => this.content.redFlags[f]?.verifies === true)!;
      const part = T.flag(key, lang) ?? T.msg('benign_verify', lang);
      return { case: { ...c, verdict: { risk: a.risk, scamType: a.scamType }, pending: null }, messages: [[part]] };
    }

    if (c.verdict && !changed) {
      // After the verdict: acknowledge and offer what is left, never repeat the whole verdict.
      if (m.intent === 'thanks') return { case: c, messages: [[T.msg('thanks_reply', lang)]] };
      // A message with a new red flag in it ("可视频里确实是他的脸啊") is no unusable answer, whatever its intent.
      if (askAgain && newFlags.length === 0) {
        const q = this.nextQuestion(c, lang, false);
        return { case: c, messages: q ? [[q]] : [] };
      }
      // New red flags after the verdict are explained, not swallowed by a stock line.
      // A doubt that leans on a proof already told ("前面真给我发了几十块啊") gets that proof's answer again.
      const fresh = this.assessor.rank(newFlags.length > 0 ? newFlags : m.proofs).slice(0, 2).map((k) => T.flag(k, lang)).filter((p): p is Part => !!p);
      // "我还没下载" after the verdict: that is right, and the one thing to do still stands.
      // A plain "没有" answers the verdict's own last line ("已经转了钱……马上告诉我").
      const heldBack = m.intent === 'deny' || Object.values(m.evidence.deeds).some((s) => s === 'refused' || s === 'stopped');
      // With a new red flag ("还叫我加微信做笔录，我没加"), that flag first.
      if (heldBack && a.risk !== null && a.risk !== 'low') {
        return { case: c, messages: [[...fresh.slice(0, 1), T.ref(this.content.policy.verdict.heldBack, lang)!, T.nowStep(a, lang), this.moreLine(c, lang)]] };
      }
      // "这个是真的吗" once more (in a group, after a warning nobody asked for): the verdict, short.
      if (this.askedAgain?.test(r.text) && newFlags.length === 0 && a.risk !== null) {
        return { case: c, messages: [this.verdictMessage(c, a, group, lang), ...(group ? [] : [[this.moreLine(c, lang)]])] };
      }
      // The caller is still after it ("那个人今天又打来问我钱转了没有", "he wants the code again"):
      // the one thing to do, again.
      if (m.urgentWanted.length > 0 && a.risk !== null && a.risk !== 'low') {
        return { case: c, messages: [[...fresh, T.nowStep(a, lang), this.moreLine(c, lang)]] };
      }
      this.awaitGiven(c);
      // More of the story after the verdict ("she says she will send police today", "they added me
      // to a group"): the one thing to do still stands, said again — never only "reply why".
      const now = a.risk === 'high' || a.risk === 'medium' ? [T.nowStep(a, lang)] : [];
      // "他还报了真实地址，应该是真的吧": a proof offered after a scam verdict changes nothing, and
      // the reply says so before why.
      const still = a.risk === 'high' && m.proofs.length > 0 ? [T.msg('verdict_still_high', lang)] : [];
      return { case: c, messages: [...(disclosure.length ? [disclosure] : []), [...still, ...fresh, ...now, this.moreLine(c, lang)]] };
    }

    if (!c.described) {
      const n = c.misses;
      if (m.intent !== 'greeting' && m.intent !== 'thanks') c.misses++;
      if (m.intent === 'thanks') return { case: c, messages: [[T.msg('thanks_reply', lang)]] };
      if (m.intent === 'greeting' || m.intent === 'affirm' || m.intent === 'deny') return { case: c, messages: [[T.msg('welcome', lang)]] };
      // Three different ways to say "tell me about the call", never the same one twice in a row.
      return { case: c, messages: [[T.msg(n === 0 ? 'fallback' : n % 2 === 1 ? 'fallback_again' : 'help', lang)]] };
    }

    if (c.forwarded || this.ready(c, a) || changed || this.wantsAnswer(c, r) || !this.hasQuestionLeft(c)) {
      const messages: Message[] = [];
      if (disclosure.length) messages.push(disclosure);
      messages.push(this.verdictMessage(c, a, group, lang));
      if (!group && a.risk !== null) messages.push([...(directory ? [directory] : []), this.moreLine(c, lang)]);
      else if (directory) messages.push([directory]);
      const next: CaseState = { ...c, verdict: { risk: a.risk, scamType: a.scamType }, pending: null };
      if (!group) this.awaitGiven(next);
      return { case: next, messages };
    }

    const messages: Message[] = [];
    if (disclosure.length) messages.push(disclosure);
    if (directory) messages.push([directory]);
    const q = this.nextQuestion(c, lang, c.asked.length > 0 || c0.flags.length > 0 || c0.numbers.length > 0);
    if (q) messages.push([q]);
    return { case: c, messages };
  }

  /** The parts that fit in `lines` lines, in order: a group reply stays short (the pointer to a private chat is the last line). */
  private fitLines(parts: Message, lines: number): Message {
    const out: Message = [];
    let used = 0;
    for (const p of parts) {
      const n = p.text.split('\n').length;
      if (used + n > lines) continue;
      out.push(p);
      used += n;
    }
    if (out.length > 0 || parts.length === 0) return out;
    const first = parts[0]!;
    return [{ ...first, text: first.text.split('\n').slice(0, lines).join('\n') }];
  }

  private verdictMessage(c: CaseState, a: Assessment, group: boolean, lang: Lang): Message {
    const T = this.composer;
    if (c.forwarded && (a.risk === 'low' || a.risk === null)) return [T.ref(this.content.policy.forwarded.noFlags, lang)!];
    const v = T.verdict(a, lang, c.forwarded);
    if (group) return v;
    const t = this.content.policy.thresholds;
    const fitted = this.fitLines(v, t.firstMessageLines);
    // "让我下载一个app 我下载了还没打开": the deed the caller is after gets its line, if the screen has room.
    const caution = c.forwarded ? undefined : this.cautionLine(c, lang);
    return caution ? this.withRoom(fitted, caution, lang) : fitted;
  }

  /** The caution line (policy verdict.caution) of a deed the caller is after and the person has not done. */
  private cautionLine(c: CaseState, lang: Lang): Part | undefined {
    const wanted = Object.entries(this.content.policy.verdict.caution).find(([deed]) => CAUTION_STATES.has(c.deeds[deed] ?? 'none'));
    return wanted ? this.composer.ref(wanted[1], lang) : undefined;
  }

  /** `message` with `line` at its end, when both still fit one phone screen. */
  private withRoom(message: Message, line: Part, lang: Lang): Message {
    const t = this.content.policy.thresholds;
    const withIt = [...message, line];
    const text = withIt.map((p) => p.text).join('\n');
    return text.length <= t.firstMessageChars[lang] && text.split('\n').length <= t.firstMessageLines ? withIt : message;
  }

  /** The verdict's second line: what to ask for next; it asks about deeds only when none was told. */
  /**
   * What others reported of the numbers in this message, and — after a verdict that warrants it,
   * outside an emergency and a group — the offer to log the caller's number for others.
   */
  private addCommunityReports(plan: Plan, m: Reading, input: TurnInput, lang: Lang): void {
    const p = this.content.policy.reports;
    const T = this.composer;
    const seen = input.reports ?? [];
    const lines: Part[] = seen
      .filter((n) => n.reporters > 0)
      .map((n) => T.msg(p.seen, lang, { n: String(n.reporters), number: n.display, date: new Date(n.lastAt ?? input.now).toISOString().slice(0, 10) }));
    if (lines.length === 0 && m.intent === 'ask_number_real' && seen.length > 0) lines.push(T.ref(p.none, lang)!);
    if (lines.length > 0) plan.messages.push(lines);

    const c = plan.case;
    const v = c.verdict;
    if (input.group || !v?.risk || !(p.offerAt as readonly string[]).includes(v.risk) || (c.emergency && !c.emergency.handled) || c.reportOffer) return;
    const number = c.numbers.find((n) => REPORTABLE_KINDS.has(n.kind) && !c.reportOffered.includes(n.display));
    const last = plan.messages[plan.messages.length - 1];
    if (!number || !last) return;
    last.push(T.msg(p.offer, lang, { number: number.display }));
    plan.case = { ...c, reportOffer: number.display, reportOffered: [...c.reportOffered, number.display] };
  }

  private moreLine(c: CaseState, lang: Lang): Part {
    const v = this.content.policy.verdict;
    // "我没给钱": nothing to ask about; "他让我转账" alone still leaves the question open.
    const saidNothingGone = Object.values(c.deeds).some((s) => s === 'refused' || s === 'stopped');
    return this.composer.ref(saidNothingGone ? v.moreNothingGiven : v.more, lang)!;
  }

  private scriptOf(r: Recognition, prev: Script | undefined): Script {
    // A Cantonese writer reads Hong Kong forms.
    if (r.traditional) return CANTONESE_CHARS.test(r.text) ? 'hk' : 'tw';
    // Only a message written in Simplified switches back: "他是不是骗子" has no character that tells.
    return r.simplified ? 'hans' : (prev ?? 'hans');
  }

  /**
   * "咁冇問題啦嘛？" while one of our questions waits: the answer now, on what is known, not the
   * question again (nor a question's answer followed by it).
   */
  private wantsAnswer(c: CaseState, r: Recognition): boolean {
    return c.pending !== null && c.verdict === null && (this.askedNow?.test(r.text) === true || this.askedAgain?.test(r.text) === true);
  }

  private hasQuestionLeft(c: CaseState): boolean {
    return (c.pending !== null && !c.answered.includes(c.pending)) || this.slots.some((s) => !c.answered.includes(s.id) && !c.asked.includes(s.id));
  }

  /** The verdict is due: risk is clear, the call is plainly harmless, or we asked enough. */
  private ready(c: CaseState, a: Assessment): boolean {
    if (a.risk === 'high' || a.legit96110) return true;
    // Plainly harmless: a harmless sign (a repair visit, a delivery) or only harmless callers
    // (property office, courier at the door). A bank or a "police officer" alone is not that.
    if (a.risk === 'low' && (c.flags.some((f) => f.startsWith('benign.')) || (c.orgs.length > 0 && a.harmlessCallers))) return true;
    if (c.asked.length >= this.content.verification.assessment.maxQuestions) return true;
    return this.slots.every((s) => c.answered.includes(s.id));
  }

  /**
   * The verdict ends with "if you already sent money or a code, tell me": a short "给了" / "yes"
   * that follows answers that, so the given slot waits for it.
   */
  private awaitGiven(c: CaseState): void {
    if (!Object.values(c.deeds).some((s) => s === 'done' || s === 'refused' || s === 'stopped') && this.slots.some((s) => s.id === 'given')) {
      c.pending = 'given';
      c.awaitingGiven = true;
      c.answered = c.answered.filter((s) => s !== 'given');
      c.misses = 0;
    }
  }

  /**
   * Marks the pending question answered by "no", "don't know" or a matching answer. Returns true
   * when the question must be asked outright: a bare "嗯" after the verdict's "if you already
   * sent money, tell me" is an acknowledgement, not a confession.
   */
  private answerPending(c: CaseState, r: Recognition, m: Reading, added: number): boolean {
    const slot = this.slots.find((s) => s.id === c.pending);
    if (!slot) return false;
    const intent = m.intent;
    const soft = c.awaitingGiven;
    c.awaitingGiven = false;
    // "huh?" / "啊？" is not "don't know": the question is asked again, in other words.
    const puzzled = intent === 'unsure' && r.text.length <= 8 && /[?？]/.test(r.text);
    if (puzzled && !soft) {
      c.misses++;
      return false;
    }
    const noneDone = !Object.values(c.deeds).includes('done');
    if (slot.id === 'given' && soft && intent === 'affirm' && noneDone) return true;
    // "有" / "给了" with nothing named: something is gone; the emergency steps cover every kind.
    // Only a short answer counts: a longer message that names nothing is not a confession.
    // "I already sent it" names nothing either: it answers the question, and means what was asked for.
    // A long one counts only when the whole message reads as gone: "他还念出了我的身份证号" is
    // read as already_gave by its words, but tells what the caller knew, not what was given.
    const shortYes = intent === 'affirm' || (intent === 'already_gave' && (r.text.length <= 8 || (Object.keys(m.evidence.deeds).length === 0 && r.gone >= this.content.policy.thresholds.pendingDone)));
    const answered = c.answered.includes(slot.id) || shortYes || (intent !== null && (slot.answeredBy.includes(intent) || intent === 'deny' || intent === 'unsure'));
    if (answered) {
      if (!c.answered.includes(slot.id)) c.answered = [...c.answered, slot.id];
      if (slot.id === 'given' && shortYes && noneDone) {
        // "给了" after "他让我转账": what was asked for is what went; with nothing asked, anything may have.
        const asked = Object.entries(c.deeds).filter(([d, st]) => (st === 'requested' || st === 'about') && this.content.policy.deeds.urgent.includes(d)).map(([d]) => d);
        c.deeds = { ...c.deeds, ...Object.fromEntries((asked.length > 0 ? asked : [UNSPECIFIED_DEED]).map((d) => [d, 'done' as const])) };
      }
      c.pending = null;
      c.misses = 0;
    } else if (added === 0 && !soft) {
      c.misses++;
      // Never loop: after two unusable answers the question is dropped.
      if (c.misses >= 2) {
        c.answered = [...c.answered, slot.id];
        c.pending = null;
        c.misses = 0;
      }
    } else if (soft) {
      // Anything else after the verdict: stop waiting for a "yes".
      c.pending = null;
    }
    return false;
  }

  private nextQuestion(c: CaseState, lang: Lang, followUp: boolean): Part | undefined {
    if (c.pending && !c.answered.includes(c.pending)) {
      const slot = this.slots.find((s) => s.id === c.pending)!;
      return this.composer.question(slot, lang, c.misses > 0, followUp);
    }
    const slot = this.slots.find((s) => !c.answered.includes(s.id) && !c.asked.includes(s.id));
    if (!slot) return undefined;
    c.pending = slot.id;
    c.asked = [...c.asked, slot.id];
    c.misses = 0;
    return this.composer.question(slot, lang, false, followUp);
  }

  private finish(plan: Plan, m: Reading): TurnDecision {
    const a = this.assessor.assess(plan.case);
    const v = plan.case.verdict;
    if (v?.risk && rank(v.risk) > rank(a.risk)) {
      a.risk = v.risk;
      a.scamType = v.scamType ?? a.scamType;
    }
    const { replies, responses } = this.composer.render(plan.messages, plan.case.lang === 'en' ? 'hans' : plan.case.script);
    const urgent = a.urgent && !(plan.case.emergency?.handled ?? false);
    return { state: plan.case, replies, responses, intent: m.intent, risk: plan.case.described || a.urgent ? a.risk : null, scamType: a.scamType, urgent, report: null };
  }
}

/** The risk of one message taken alone (guard mode decides on this before any state exists). */
export function assessMessage(flow: VerificationFlow, r: Recognition, lang: Lang): Assessment {
  const c = newCase(lang, 0);
  const reading = flow.reader.read(r, c);
  const { next } = withEvidence(c, r, reading.evidence, new Map(), reading.entitiesOnly);
  return flow.assessor.assess(next);
}

