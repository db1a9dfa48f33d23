import type { Content } from '../content/load.js';
import type { Lang } from '../content/ids.js';
import type { SlotSpec } from '../content/schemas.js';
import type { Recognition } from '../nlu/engine.js';
import { enoughScript } from '../nlu/language.js';
import { Assessor, type Assessment } from './assess.js';
import { mergeEvidence, newCase, type CaseState, type Risk } from './case.js';
import { Composer } from './compose.js';

export interface TurnInput {
  recognition: Recognition;
  /** Group chats get short replies. */
  group: boolean;
  now: number;
  defaultLang: Lang;
}

/** What a turn decided, for the channel (replies) and the contract (meta fields). */
export interface TurnDecision {
  state: CaseState;
  replies: string[];
  intent: string | null;
  risk: Risk | null;
  scamType: string | null;
  urgent: boolean;
}

const RISK_RANK: Record<string, number> = { low: 1, medium: 2, high: 3 };
const rank = (r: Risk | null) => (r ? (RISK_RANK[r] ?? 0) : 0);

/** Intents that ask the bot something rather than tell it about the call. */
const QUESTION_INTENTS = new Set(['ask_number_real', 'ask_report', 'ask_hotline', 'ask_does_call', 'ask_about_bot', 'ask_summary', 'help']);
/** Intents whose words tell about the call. */
const STORY_INTENTS = new Set(['describe_call', 'claim_identity', 'call_channel', 'caller_asked', 'caller_threatened', 'already_gave']);

/**
 * The verification conversation as a pure function of (case, message) → (case, replies): fill
 * any slot from any message, skip what is answered, give the verdict as soon as it is clear,
 * escalate at once when money or a code is gone. botbuilder-dialogs hosts it (see
 * verification-dialog.ts); keeping the logic here keeps it testable and framework-free.
 */
export class VerificationFlow {
  readonly assessor: Assessor;
  readonly composer: Composer;
  private readonly slots: SlotSpec[];
  private readonly slotFills: Map<string, readonly string[]>;

  constructor(private readonly content: Content) {
    this.assessor = new Assessor(content);
    this.composer = new Composer(content);
    this.slots = content.verification.slots;
    this.slotFills = new Map(this.slots.map((s) => [s.id, s.fills]));
  }

  turn(prev: CaseState | undefined, input: TurnInput): TurnDecision {
    const r = input.recognition;
    // "QQ", "app", "ok" inside a Chinese conversation do not switch it to English.
    const lang: Lang = (r.lang && (!prev || enoughScript(r.text)) ? r.lang : undefined) ?? prev?.lang ?? input.defaultLang;
    let c: CaseState = prev ? { ...prev, lang } : newCase(lang, input.now);
    const replies: string[] = [];
    const say = (s: string) => replies.push(s);
    const minConfidence = r.intent ? this.content.verification.intentConfidence[r.intent] : undefined;
    const intent = minConfidence !== undefined && r.confidence < minConfidence ? null : r.intent;
    const T = this.composer;

    if (intent === 'restart') {
      c = newCase(lang, input.now);
      say(T.msg('restarted', lang));
      return this.decide(c, replies, intent);
    }

    if (r.entities.secrets.length > 0) say(T.msg('no_personal_data', lang));
    if (r.truncated) say(T.msg('input_too_long', lang));

    // Evidence first: a question like "96110打来的是真的吗" still tells us about the call.
    const knewSomething = c.flags.length > 0 || c.numbers.length > 0;
    // "He said he's police and wants my savings in a safe account, is that real?" is a story
    // with a question on the end: it gets the verdict, not a stock answer.
    const statements = r.matches.filter((m) => !m.questioned);
    const pressure = statements.filter((m) => /^(ask|threat|money|offer|given)$/.test(m.category)).length;
    const story =
      (statements.length >= 2 && (intent === 'ask_number_real' || intent === 'ask_does_call' || intent === 'ask_about_bot')) ||
      // A doubtful "question" that states what the caller did ("he transferred me to the police").
      (intent !== null && QUESTION_INTENTS.has(intent) && r.confidence < 0.8 && pressure >= 1);
    // "屏幕共享是什么意思？" / "what is a safe account?": every red-flag word sits in a question and
    // nothing is told about a call. The answer is what that red flag means, not a verdict.
    const generalQuestion =
      r.matches.length > 0 &&
      r.matches.every((m) => m.questioned) &&
      r.entities.numbers.length === 0 &&
      (intent === null || intent === 'ask_number_real' || intent === 'out_of_scope');
    const explanations = generalQuestion ? this.assessor.explain(r.matches.map((m) => m.key), lang) : [];
    const explainOnly = explanations.length > 0;
    // A question's words describe no call, but a number, name or job number in it still belongs
    // to the caller ("电话是 021-61234567", "名字叫王海").
    const questionOnly = QUESTION_INTENTS.has(intent ?? '') && !story;
    const { added, newFlags } = mergeEvidence(c, r, this.slotFills, questionOnly || explainOnly);
    // A bare phone number while the bot waits for an answer is an answer, whatever it resembles.
    const answersWithNumber = c.pending !== null && intent !== null && ['ask_hotline', 'ask_report'].includes(intent) && r.entities.numbers.some((n) => n.kind !== 'hotline');
    const isQuestion = intent !== null && QUESTION_INTENTS.has(intent) && !story && !answersWithNumber;
    if (STORY_INTENTS.has(intent ?? '') || (added > 0 && !isQuestion)) c.described = true;
    // A question to the bot ("怎么报警?") is no answer to ours: the pending question stays as it is.
    const askAgain = isQuestion || explainOnly ? false : this.answerPending(c, r, intent, added);
    const a = this.assessor.assess(c);

    // 1. Emergencies lead, whatever else the message was.
    const newUrgent = a.urgentItems.filter((g) => !c.urgentShown.includes(g));
    if (newUrgent.length > 0) {
      c.urgentShown = [...c.urgentShown, ...newUrgent];
      say(T.urgent(a, lang));
      // Add the family's verdict only when the words named it: a guess would only distract now.
      if (a.risk && a.scamTypeNamed && (!c.verdict || c.verdict.scamType !== a.scamType)) {
        say(T.verdict(a, lang, true));
      }
      c.verdict = { risk: a.risk ?? 'high', scamType: a.scamType };
      c.pending = null;
      return this.decide(c, replies, intent, a);
    }

    // "是不是骗子啊" / "我不懂" / "说简单点" after the verdict: the verdict again, in one plain line.
    if (c.verdict && added === 0 && (intent === null || intent === 'unsure' || intent === 'help')) {
      say(c.verdict.risk ? T.msg(`simple_${c.verdict.risk}`, lang) : T.msg('verdict_unknown', lang));
      return this.decide(c, replies, intent, a);
    }

    if (explainOnly) {
      say(explanations.slice(0, 2).join('\n'));
      if (!c.verdict && c.described) this.sayNextQuestion(c, lang, true, say);
      return this.decide(c, replies, intent, a);
    }

    // 2. Questions to the bot. A known service number (12381, 10086) gets its directory entry.
    const directory = a.risk === 'high' ? undefined : T.directoryNote(r.entities.numbers, lang);
    if (directory && (intent === 'ask_number_real' || intent === 'ask_what_to_do' || !c.described)) {
      say(directory);
      return this.decide(c, replies, intent, a);
    }
    if (isQuestion) {
      say(this.answerQuestion(intent!, c, r, a, lang));
      if (!c.verdict && c.described) this.sayNextQuestion(c, lang, true, say);
      return this.decide(c, replies, intent, a);
    }

    // 3. The story: verdict when clear, else the next question.
    // New evidence may raise a verdict or name another family; it never talks one down.
    const changed = c.verdict !== null && a.risk !== null && (rank(a.risk) > rank(c.verdict.risk) || (a.scamType !== c.verdict.scamType && rank(a.risk) >= rank(c.verdict.risk)));
    if (a.disclosed.length > 0 && added > 0 && r.matches.some((m) => m.category === 'given')) say(T.msg('disclosure', lang));

    if (c.verdict && !changed) {
      // After the verdict: acknowledge and offer what is left, never repeat the whole verdict.
      if (intent === 'thanks') say(T.msg('thanks_reply', lang));
      else if (intent === 'ask_what_to_do') say(a.risk === 'low' || a.risk === null ? T.msg('benign_verify', lang) : T.verdict(a, lang, input.group));
      else if (askAgain) this.sayNextQuestion(c, lang, false, say);
      else {
        // New red flags after the verdict are explained, not swallowed by a stock line.
        const fresh = this.assessor.explain(newFlags, lang).slice(0, 2);
        say([...fresh, T.msg('after_verdict', lang)].join('\n'));
        this.awaitGiven(c);
      }
      return this.decide(c, replies, intent, a);
    }

    if (!c.described) {
      if (intent === 'thanks') say(T.msg('thanks_reply', lang));
      else if (intent === 'greeting' || intent === 'affirm' || intent === 'deny') say(T.msg('welcome', lang));
      // Three different ways to say "tell me about the call", never the same one twice in a row.
      else say(T.msg(c.misses === 0 ? 'fallback' : c.misses % 2 === 1 ? 'fallback_again' : 'help', lang));
      if (intent !== 'greeting' && intent !== 'thanks') c.misses++;
      return this.decide(c, replies, intent, null);
    }

    if (this.ready(c, a) || changed || !this.hasQuestionLeft(c)) {
      say(T.verdict(a, lang, input.group) + (input.group ? '' : `\n${T.msg('after_verdict', lang)}`));
      if (directory) say(directory);
      c.verdict = { risk: a.risk, scamType: a.scamType };
      c.pending = null;
      if (!input.group) this.awaitGiven(c);
      return this.decide(c, replies, intent, a);
    }

    if (directory) say(directory);
    this.sayNextQuestion(c, lang, c.asked.length > 0 || knewSomething, say);
    return this.decide(c, replies, intent, a);
  }

  private hasQuestionLeft(c: CaseState): boolean {
    return (c.pending !== null && !c.answered.includes(c.pending)) || this.slots.some((s) => !c.answered.includes(s.id) && !c.asked.includes(s.id));
  }

  private sayNextQuestion(c: CaseState, lang: Lang, followUp: boolean, say: (s: string) => void): void {
    const q = this.nextQuestion(c, lang, followUp);
    if (q) say(q);
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
    if (c.given.length === 0 && this.slots.some((s) => s.id === 'given')) {
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
  private answerPending(c: CaseState, r: Recognition, intent: string | null, added: number): boolean {
    const slot = this.slots.find((s) => s.id === c.pending);
    if (!slot) return false;
    const soft = c.awaitingGiven === true;
    c.awaitingGiven = false;
    // "huh?" / "啊？" is not "don't know": the question is asked again, in other words.
    const puzzled = intent === 'unsure' && r.text.length <= 8 && /[?？]/.test(r.text);
    if (puzzled && !soft) {
      c.misses++;
      return false;
    }
    if (slot.id === 'given' && soft && intent === 'affirm' && c.given.length === 0) return true;
    // "有" / "给了" with nothing named: something is gone; the emergency steps cover every kind.
    // Only a short answer counts: a longer message that names nothing is not a confession.
    const shortYes = intent === 'affirm' || (intent === 'already_gave' && r.text.length <= 8);
    const answered =
      c.answered.includes(slot.id) ||
      shortYes ||
      (intent !== null && (slot.answeredBy.includes(intent) || intent === 'deny' || intent === 'unsure'));
    if (answered) {
      if (!c.answered.includes(slot.id)) c.answered.push(slot.id);
      if (slot.id === 'given' && shortYes && c.given.length === 0) c.given.push('unspecified');
      c.pending = null;
      c.misses = 0;
    } else if (added === 0 && !soft) {
      c.misses++;
      // Never loop: after two unusable answers the question is dropped.
      if (c.misses >= 2) {
        c.answered.push(slot.id);
        c.pending = null;
        c.misses = 0;
      }
    } else if (soft) {
      // Anything else after the verdict: stop waiting for a "yes".
      c.pending = null;
    }
    return false;
  }

  private nextQuestion(c: CaseState, lang: Lang, followUp: boolean): string | undefined {
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

  private answerQuestion(intent: string, c: CaseState, r: Recognition, a: Assessment, lang: Lang): string {
    const T = this.composer;
    switch (intent) {
      case 'ask_summary':
        return c.described ? T.summary(c, a, lang) : T.msg('summary_empty', lang);
      case 'ask_number_real': {
        const n = r.entities.numbers[0];
        if (!n) {
          // "Is a number starting with 00 always from abroad?": a question about a kind of number.
          const intl = r.allMatches.some((m) => m.key === 'channel.international_prefix');
          return T.msg(intl ? 'number_international_general' : 'number_unknown', lang, { number: '' });
        }
        const key = n.kind === 'official_96110' ? 'number_96110_real' : n.kind === 'fake_96110' ? 'number_prefixed_fake' : n.kind === 'international' ? 'number_international' : 'number_unknown';
        return T.msg(key, lang, { number: n.display });
      }
      case 'ask_does_call': {
        const org = r.allMatches.find((m) => m.category === 'organisation');
        if (org?.publicBody) {
          const flag = this.content.redFlags[org.key];
          return flag?.text ? `${flag.text[lang]}\n${T.msg('does_call_public_body', lang, { org: flag.label?.[lang] ?? '' })}` : T.msg('does_call_public_body', lang, { org: flag?.label?.[lang] ?? '' });
        }
        return T.msg('does_call_unknown', lang);
      }
      default:
        return T.faq(intent, lang) ?? T.msg(intent === 'help' ? 'help' : 'fallback', lang);
    }
  }

  private decide(c: CaseState, replies: string[], intent: string | null, a?: Assessment | null): TurnDecision {
    const assessment = a === undefined ? this.assessor.assess(c) : a;
    return {
      state: c,
      replies,
      intent,
      risk: assessment?.risk ?? null,
      scamType: assessment?.scamType ?? null,
      urgent: assessment?.urgent ?? false,
    };
  }
}

/** The risk of one message taken alone (guard mode decides on this before any state exists). */
export function assessMessage(flow: VerificationFlow, r: Recognition, lang: Lang): Assessment {
  const c = newCase(lang, 0);
  mergeEvidence(c, r, new Map());
  return flow.assessor.assess(c);
}
