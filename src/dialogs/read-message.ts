import type { Content } from '../content/load.js';
import type { DeedState } from '../content/ids.js';
import { donePolicy, doneDeeds, urgentScore } from '../nlu/deed-eval.js';
import type { Recognition } from '../nlu/engine.js';
import { LINKS } from '../nlu/entities.js';
import { CLAUSE_SPLIT, compileCues, type LexMatch } from '../nlu/lexicon.js';
import { UNSPECIFIED_DEED } from './assess.js';
import type { CaseState } from './case.js';
import type { Evidence } from './case.js';

/** What kind of message this is, for the dialog: one word, decided once. */
export type MessageRole = 'restart' | 'handled' | 'dispute' | 'question' | 'story' | 'chitchat' | 'none';

/** What one message says, read against the case so far. Pure: nothing here changes the case. */
export interface Reading {
  /** The recognised intent after per-intent confidence floors (verification.yaml). */
  intent: string | null;
  role: MessageRole;
  /** The question asked, when the message is answered as a question. */
  question: string | null;
  /** What the message tells about the call: red flags stated, and deeds with their states. */
  evidence: Evidence;
  /** Only the caller's details (number, name) count: a question's words describe no call. */
  entitiesOnly: boolean;
  /** Urgent deeds this message says are done. */
  urgentDone: string[];
  /** Urgent deeds the caller asks for again, or the person is about to do or asks whether to do. */
  urgentWanted: string[];
  /** Urgent deeds that may be done, below the certainty of an emergency: the reply asks, and says what to do if so. */
  urgentMaybe: string[];
  /** Urgent deeds the person is about to do, or asks whether to do: they are stopped first. */
  urgentAsked: string[];
  /** Glossary terms asked about ("什么是紧急止付"). */
  glossary: string[];
  /** Red flags asked about in general ("屏幕共享是什么意思"), with nothing told about a call. */
  explain: string[];
  /** A forwarded text (SMS, a chat message), judged as a message, not a call. */
  forwarded: boolean;
  /** The message is only a link. */
  linkOnly: boolean;
  /** Proofs the caller gave that the message tells ("前面真给我返了钱"): a doubt leaning on them. */
  proofs: string[];
}

/** How a forwarded SMS looks: a 【sender】 tag, an unsubscribe line, a "dear customer" opening. */
const SMS_SHAPE = /【[^】]{2,16}】|^\s*\[[^\]]{2,16}\]|(?:收到|发来|来了)(?:一条|一个|条|个)?(?:短信|信息|消息)[,:：]|短信(?:内容|上写|里写|说)[^,.]{0,4}[:：]|回复?\s?(?:td|t|n)\s?退订|退订回|拒收请回复|尊敬的(?:客户|用户|车主|会员|旅客)|dear (?:customer|user|member)|\breply stop\b|\b(?:got|received|get|have) (?:this|a|an|the following) (?:sms|text|text message|message)\b[^.]{0,12}[:：'"“]|\b(?:sms|text message) (?:says|said|reads)\b/i;
// Read on normalised text: Traditional is Simplified by then (係 → 系).
const GLOSSARY_QUESTION = /是什么|什么是|什么叫|啥是|是啥|啥叫|啥意思|什么意思|咩嚟|咩系|系咩|咩叫|乜嘢系|乜嘢叫|咩意思|乜意思|指什么|是指|怎么回事|怎么弄|怎么办理|what(?:'s| is| are| does)|mean/;

function spansOf(text: string, term: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push([i, i + term.length]);
  return out;
}


/** States of a deed the caller was after and the person had not yet done. */
const PENDING: ReadonlySet<string> = new Set(['requested', 'about', 'asked', 'refused']);

export class MessageReader {
  private readonly roles = new Map<string, MessageRole>();
  private readonly glossary: { id: string; terms: string[] }[];
  private readonly hypothetical: RegExp | undefined;
  private readonly deedCues = new Map<string, RegExp>();
  private readonly confessed: RegExp | undefined;

  constructor(private readonly content: Content) {
    const p = content.policy.intents;
    for (const i of p.questions) this.roles.set(i, 'question');
    for (const i of p.story) this.roles.set(i, 'story');
    for (const i of p.chitchat) this.roles.set(i, 'chitchat');
    this.roles.set(p.restart, 'restart');
    this.roles.set(p.handled, 'handled');
    this.roles.set(p.dispute, 'dispute');
    // An intent with an FAQ answer that policy does not place is a question answered by it.
    for (const intent of Object.keys(content.faq)) if (!this.roles.has(intent)) this.roles.set(intent, 'question');
    this.hypothetical = compileCues(content.policy.emergency.hypothetical, 'iu');
    this.confessed = compileCues(content.policy.emergency.confessed, 'iu');
    for (const d of content.deeds.deeds) {
      const re = compileCues(d.cues, 'iu');
      if (re) this.deedCues.set(d.id, re);
    }
    this.glossary = Object.entries(content.glossary).map(([id, g]) => ({ id, terms: g.terms.map((t) => t.toLowerCase()) }));
  }

  roleOf(intent: string | null): MessageRole {
    return intent ? (this.roles.get(intent) ?? 'none') : 'none';
  }

  read(recognised: Recognition, c: CaseState): Reading {
    const policy = this.content.policy;
    const floor = recognised.intent ? this.content.verification.intentConfidence[recognised.intent] : undefined;
    const intent = floor !== undefined && recognised.confidence < floor ? null : recognised.intent;
    let role = this.roleOf(intent);
    // "他怎么连我的身份证号都知道": a general question, read surely, tells no deed, whatever the
    // deed models make of its words; "…我都告诉他了" states one in a `given` phrase and still does.
    const generalSure = intent !== null && policy.intents.general.includes(intent) && recognised.confidence >= policy.thresholds.questionIsStory;
    const r = generalSure && !recognised.matches.some((m) => m.category === 'given') ? { ...recognised, deeds: [], gone: 0 } : recognised;

    const deeds = this.deeds(r);
    // "what if I already gave them the code?", "要是我刚才把密码给了他会咋样": every clause that
    // names the deed supposes it, so it is asked about, not told, however surely the models read
    // "done" in its words. A plain clause anywhere else ("…其实我给了") tells it.
    const supposed = Object.keys(deeds).filter((d) => deeds[d] === 'done' && this.onlySupposed(r.text, d));
    for (const d of supposed) deeds[d] = 'asked';
    const urgentDone = Object.entries(deeds).filter(([d, s]) => s === 'done' && (policy.deeds.urgent.includes(d) || d === UNSPECIFIED_DEED)).map(([d]) => d);
    // The caller asks again, or the person is about to: "他又让我打第二笔", "我正要去转".
    const t = policy.thresholds;
    const urgentMaybe = r.deeds
      .filter((d) => d.state === 'done' && policy.deeds.urgent.includes(d.deed) && !urgentDone.includes(d.deed) && !policy.deeds.notAskedWhenDoubtful.includes(d.deed))
      .filter((d) => urgentScore(d, r.gone) >= t.urgentMaybe)
      .map((d) => d.deed);
    // The whole message reads as "something is gone" though no deed is read done: ask about any.
    // Not when a deed is read in another state: "他让我下载软件" is a request, however it reads.
    const readOtherwise = r.deeds.some((d) => d.state !== 'done' && d.mention >= 0.5);
    // "我开了" after "他让我开屏幕共享": few words, no deed named, and they say it is done. The
    // deed is the one the caller was after; with several, the person is asked.
    const namesNone = !r.deeds.some((d) => d.mention >= 0.5);
    if (urgentDone.length === 0 && urgentMaybe.length === 0 && namesNone && r.gone >= t.pendingDone) {
      const pending = Object.entries(c.deeds).filter(([d, s]) => PENDING.has(s) && policy.deeds.urgent.includes(d)).map(([d]) => d);
      if (pending.length === 1) {
        deeds[pending[0]!] = 'done';
        urgentDone.push(pending[0]!);
      } else urgentMaybe.push(...pending);
    }
    if (urgentMaybe.length === 0 && urgentDone.length === 0 && !readOtherwise && r.gone >= 0.5) urgentMaybe.push(UNSPECIFIED_DEED);
    // "如果我已经转了钱…": whatever state the model gave the deed, say what to do if it is gone.
    if (urgentDone.length === 0 && urgentMaybe.length === 0 && this.hypothetical?.test(r.text)) {
      const named = r.deeds.filter((d) => d.mention >= 0.5 && policy.deeds.urgent.includes(d.deed)).map((d) => d.deed);
      if (named.length > 0) urgentMaybe.push(...named);
    }
    // Only the person's own next step, read clearly: "他让我转" alone is the caller's ask, a flag.
    const urgentAsked = r.deeds.filter((d) => (d.state === 'about' || d.state === 'asked') && d.mention >= 0.8 && policy.deeds.urgent.includes(d.deed)).map((d) => d.deed);
    const urgentWanted = Object.entries(deeds).filter(([d, s]) => (s === 'requested' || s === 'about') && policy.deeds.urgent.includes(d)).map(([d]) => d);

    // Red flags the message states. A `given` phrase counts only when the deed model agrees it
    // is done: "差点就转了" matches a phrase but nothing is gone.
    const givenFor = new Map(this.content.deeds.deeds.flatMap((d) => [...(d.given ? [d.given] : []), ...d.override].map((g) => [g, d.id] as const)));
    const flags: LexMatch[] = r.matches.filter((m) => m.category !== 'given' || !givenFor.has(m.id) || deeds[givenFor.get(m.id)!] === 'done');
    // A request for a deed, however worded ("让我往一个账户打5万", "要不要告诉他"), is its ask flag.
    for (const [deed, state] of Object.entries(deeds)) {
      const asked = this.content.deeds.deeds.find((d) => d.id === deed)?.asked;
      const reading = r.deeds.find((d) => d.deed === deed);
      // Only a clear reading: a price named in passing ("费用是三百二十元") is no demand.
      const clear = reading !== undefined && reading.confidence >= 0.7 && reading.mention >= 0.8;
      // Stopped in time ("差点就转了，柜员拦下了") was asked for too: the caller wanted it.
      if ((state === 'requested' || state === 'asked' || state === 'about' || state === 'stopped') && clear && asked && !flags.some((m) => m.key === asked)) {
        const [category, id] = asked.split('.') as [LexMatch['category'], string];
        flags.push({ category, id, key: asked, start: 0, end: 0, negated: false, questioned: false });
      }
    }
    // A link is evidence in itself, written any way ("jt-bank.vip", "www.…").
    // Every link once, with where it stands: its words are its address, not what anyone said.
    const linkHits = [...r.text.matchAll(LINKS)];
    if (linkHits.length > 0 && !flags.some((m) => m.key === 'channel.sms_link') && this.content.redFlags['channel.sms_link']) {
      flags.push({ category: 'channel', id: 'sms_link', key: 'channel.sms_link', start: 0, end: 0, negated: false, questioned: false });
    }
    for (const [deed, state] of Object.entries(deeds)) {
      const spec = this.content.deeds.deeds.find((d) => d.id === deed);
      if (state === 'done' && spec?.given && !flags.some((m) => m.category === 'given' && m.id === spec.given)) {
        flags.push({ category: 'given', id: spec.given, key: `given.${spec.given}`, start: 0, end: 0, negated: false, questioned: false });
      }
    }

    // "要是我已经给了验证码怎么办": a what-if names what might be given, not what a caller asked.
    // With no caller, threat or channel told, its deed words are no red flags (the reply still
    // says what to do if it is gone: urgentMaybe).
    const whatIf = urgentDone.length === 0 && this.hypothetical?.test(r.text) === true && !flags.some((m) => m.category !== 'ask' && m.category !== 'given');
    if (whatIf) flags.splice(0, flags.length);

    // "这个链接是真的吗 http://…": a link and a few words about it, nothing told about a call.
    const rest = r.text.replace(LINKS, ' ');
    const told = r.matches.filter((m) => m.key !== 'channel.sms_link' && !linkHits.some((x) => x.index <= m.start && m.end <= x.index + x[0].length));
    const linkOnly = linkHits.length > 0 && told.length === 0 && (rest.match(/[\u3400-\u9fff]/g)?.length ?? 0) <= 12 && (rest.match(/[a-z]{2,}/g)?.length ?? 0) <= 4;
    const forwarded = !linkOnly && SMS_SHAPE.test(r.text);

    // "He said he's police and wants my savings in a safe account, is that real?" is a story
    // with a question on the end; so is a doubtful question that states what the caller did.
    const statements = flags.filter((m) => !m.questioned);
    const pressure = statements.filter((m) => /^(ask|threat|money|offer|given)$/.test(m.category)).length;
    const publicBodyClaim = statements.some((m) => m.category === 'organisation' && m.publicBody);
    // "什么是屏幕共享": a term asked about, nothing told — whatever a model reads into the words.
    const termsAsked = this.glossary.filter((g) => g.terms.some((t) => r.text.includes(t))).map((g) => g.id);
    // A `given` phrase inside "什么是屏幕共享" is no deed: only what the caller asked or threatened counts as told.
    // The term asked about matches its own red flag ("屏幕共享" is ask.screen_share): that is no story.
    const termSpans = termsAsked.flatMap((id) => this.glossary.find((g) => g.id === id)!.terms.flatMap((t) => spansOf(r.text, t)));
    const callerDid = statements.filter((m) => /^(ask|threat|money|offer)$/.test(m.category) && !termSpans.some(([a, b]) => m.start < b && a < m.end)).length;
    const meaning = GLOSSARY_QUESTION.test(r.text) && termsAsked.length > 0 && callerDid === 0 && !forwarded;
    if (role === 'question' && intent !== null && !meaning) {
      const generalQuestion = policy.intents.general.includes(intent);
      if (
        (policy.intents.mayCarryStory.includes(intent) && (statements.length >= policy.thresholds.storyStatements || (publicBodyClaim && !generalQuestion))) ||
        (r.confidence < policy.thresholds.questionIsStory && pressure >= 1) ||
        urgentDone.length > 0 ||
        // "他发来的验证码要不要告诉他": the caller wants a deed; the question is about this call.
        (!generalQuestion && !GLOSSARY_QUESTION.test(r.text) && r.deeds.some((d) => (d.state === 'requested' || d.state === 'asked') && d.mention >= 0.8 && policy.deeds.urgent.includes(d.deed)))
      ) {
        role = 'story';
      }
    }
    if (forwarded) role = 'story';

    // "屏幕共享是什么意思？": every red-flag word sits in a question and nothing is told about a
    // call. The answer is what that red flag means, not a verdict.
    // Not when something is read gone: "他叫我把身分证号和银行卡密吗都说了" tells the deed, whatever
    // the request cue did to its red flag.
    const general =
      urgentDone.length === 0 &&
      r.matches.length > 0 &&
      r.matches.every((m) => m.questioned) &&
      r.entities.numbers.length === 0 &&
      (intent === null || intent === 'ask_number_real' || intent === 'out_of_scope' || intent === 'ask_what_to_do');
    // "验证码是什么码？对方说念给他就能退款": what the caller did is told; the story comes first.
    // A story that also asks about a term ("他说要转到安全账户，安全账户是什么") stays a story.
    const glossary = meaning && this.roleOf(intent) !== 'story' ? termsAsked : [];
    const explain = general && glossary.length === 0 ? r.matches.map((m) => m.key) : [];

    // A bare phone number while the bot waits for an answer is an answer, whatever it resembles.
    const answersWithNumber = c.pending !== null && (intent === 'ask_hotline' || intent === 'ask_report') && r.entities.numbers.some((n) => n.kind !== 'hotline');
    if (answersWithNumber) role = 'story';
    const question = role === 'question' ? intent : null;
    const entitiesOnly = role === 'question' || glossary.length > 0 || explain.length > 0 || linkOnly;
    return {
      intent,
      role,
      question,
      evidence: { flags, deeds: entitiesOnly ? {} : deeds },
      entitiesOnly,
      urgentDone: entitiesOnly ? [] : urgentDone,
      urgentWanted,
      // Asked as a question ("should I pay the unlock fee?", "要不要发给他") it is still the person's next step.
      urgentAsked,
      urgentMaybe: entitiesOnly ? [] : urgentMaybe,
      glossary,
      explain,
      forwarded,
      linkOnly,
      proofs: flags.filter((f) => f.category === 'proof').map((f) => f.key),
    };
  }

  /**
   * Each clause naming the deed has a what-if word (policy emergency.hypothetical) before the
   * deed's words, and no clause owns up to it (emergency.confessed).
   */
  private onlySupposed(text: string, deed: string): boolean {
    const cue = this.deedCues.get(deed);
    if (!cue || !this.hypothetical) return false;
    const clauses = text.split(CLAUSE_SPLIT);
    if (this.confessed && clauses.some((c) => this.confessed!.test(c) && !this.hypothetical!.test(c))) return false;
    const naming = clauses.filter((c) => cue.test(c));
    return naming.length > 0 && naming.every((c) => {
      const w = this.hypothetical!.exec(c);
      const at = c.search(cue);
      return w !== null && w.index < at;
    });
  }

  /** Deed id → state, by the deed policy: "done" when the model or the precise phrase says so. */
  private deeds(r: Recognition): Record<string, DeedState> {
    const out: Record<string, DeedState> = {};
    const done = new Set(doneDeeds(r, donePolicy(this.content)));
    // A "done" below the confidence floor is left out: neither a deed nor its denial.
    for (const d of r.deeds) if (done.has(d.deed) || d.state !== 'done') out[d.deed] = done.has(d.deed) ? 'done' : d.state;
    if (done.has(UNSPECIFIED_DEED)) out[UNSPECIFIED_DEED] = 'done';
    return out;
  }
}
