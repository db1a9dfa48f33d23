import { createRequire } from 'node:module';
import type { Content } from '../content/load.js';
import type { Lang } from '../content/ids.js';
import type { Policy, SlotSpec } from '../content/schemas.js';
import { UNSPECIFIED_DEED, type Assessment } from './assess.js';
import type { CaseState, Script } from './case.js';

const require = createRequire(import.meta.url);
type Convert = (s: string) => string;
const converters = new Map<Exclude<Script, 'hans'>, Convert>();
/**
 * Simplified → Taiwan / Hong Kong forms, built on the first Traditional reply: each converter's
 * phrase tables cost 45-70 MB, which a bot whose people all write Simplified never pays.
 */
function toTraditional(script: Exclude<Script, 'hans'>, s: string): string {
  let c = converters.get(script);
  if (!c) {
    const OpenCC = require('opencc-js/cn2t') as { Converter(opts: { from: string; to: string }): Convert };
    c = OpenCC.Converter({ from: 'cn', to: script });
    converters.set(script, c);
  }
  return c(s);
}

const BULLET = '• ';

/** One piece of a reply, with the content key it came from (the contract's `responses`). */
export interface Part {
  key: string;
  text: string;
}
/** One chat message: its parts, one per line. */
export type Message = Part[];

/** Turns content (dialogs/*.yaml) into reply texts. Holds no wording of its own. */
export class Composer {
  private readonly hotlines: Map<string, Content['hotlines'][number]>;

  constructor(private readonly content: Content) {
    this.hotlines = new Map(content.hotlines.map((h) => [h.id, h]));
  }

  text(key: string, lang: Lang, vars: Record<string, string> = {}): string {
    const m = this.content.messages[key];
    if (!m) throw new Error(`message "${key}" is not in dialogs/messages.yaml`);
    return m[lang].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
  }

  msg(key: string, lang: Lang, vars: Record<string, string> = {}): Part {
    return { key, text: this.text(key, lang, vars) };
  }

  /** An FAQ answer; asked right after an answer about `topic`, its variant for that topic if it has one. */
  faq(intent: string, lang: Lang, topic: string | null = null): Part | undefined {
    const a = this.content.faq[intent];
    if (!a) return undefined;
    const v = topic ? a.after?.[topic] : undefined;
    if (topic && v) return { key: `faq.${intent}.after.${topic}`, text: v[lang] };
    return { key: `faq.${intent}`, text: a[lang] };
  }

  /** A plain response named in policy.yaml: a message or an FAQ answer (computed ones are the dialog's). */
  ref(ref: string, lang: Lang, topic: string | null = null): Part | undefined {
    if (ref.startsWith('faq.')) return this.faq(ref.slice(4), lang, topic);
    if (ref.startsWith('@')) return undefined;
    return this.msg(ref, lang);
  }

  glossary(id: string, lang: Lang): Part | undefined {
    const g = this.content.glossary[id];
    return g ? { key: `glossary.${id}`, text: g.text[lang] } : undefined;
  }

  /** A red flag explained, as a part keyed by its flag. */
  flag(key: string, lang: Lang): Part | undefined {
    const t = this.content.redFlags[key]?.text;
    return t ? { key: `flag.${key}`, text: t[lang] } : undefined;
  }

  scamName(id: string | null, lang: Lang): string {
    return (id && this.content.scamTypes[id]?.name[lang]) || this.content.scamTypes.other!.name[lang];
  }

  private guide(a: Pick<Assessment, 'scamType'>) {
    return this.content.scamTypes[a.scamType ?? 'other'] ?? this.content.scamTypes.other!;
  }

  /** One line per hotline, verified numbers only. */
  hotlineLines(ids: readonly string[], lang: Lang): Part[] {
    const out: Part[] = [];
    for (const id of ids) {
      const h = this.hotlines.get(id);
      if (!h || !h.verified) continue;
      const sep = lang === 'en' ? ': ' : '：';
      out.push({ key: `hotline.${id}`, text: h.number === 'bank' ? `${BULLET}${h.name[lang]}${sep}${h.use[lang]}` : `${BULLET}${h.number} ${h.name[lang]}${sep}${h.use[lang]}` });
    }
    return out;
  }

  /** What a number from the directory is, when a message mentions one (12381, 10086...). */
  directoryNote(numbers: readonly { display: string; kind: string }[], lang: Lang): Part | undefined {
    // 96110 has its own answers (real with an area code, fake with prefixes).
    for (const n of numbers.filter((x) => x.kind === 'hotline')) {
      const digits = n.display.replace(/-/g, '');
      const h = this.content.hotlines.find((x) => x.verified && x.number.replace(/-/g, '') === digits);
      if (h) return this.msg(h.kind === 'sms' ? 'number_directory_sms' : 'number_directory', lang, { number: h.number, name: h.name[lang], use: h.use[lang] });
    }
    return undefined;
  }

  question(slot: SlotSpec, lang: Lang, rephrase: boolean, followUp: boolean): Part {
    const q = (rephrase ? slot.rephrase : slot.question)[lang];
    const key = `slot.${slot.id}${rephrase ? '.rephrase' : ''}`;
    return { key, text: followUp ? `${this.text('question_prefix', lang)}${lang === 'en' ? ' ' : ''}${q}` : q };
  }

  /**
   * The verdict's first message, for a phone screen: the verdict, the one red flag that decides
   * it, the one thing to do now. Reasons, hotlines and the summary come on request.
   */
  verdict(a: Assessment, lang: Lang, forwarded = false): Message {
    if (a.legit96110) return [this.msg('verdict_legit_96110', lang)];
    if (a.risk === null) return [this.msg('verdict_unknown', lang)];
    if (a.risk === 'low') return [this.msg('verdict_low', lang)];
    const guide = this.guide(a);
    const key = `${a.risk === 'high' ? 'verdict_high' : 'verdict_medium'}${forwarded ? '_message' : ''}`;
    const head = this.msg(key, lang, { scamName: guide.name[lang] });
    // The caller's own strongest red flag decides; the family's key fact only when none has words.
    const decisive = a.reasonKeys[0] ? this.flag(a.reasonKeys[0], lang) : undefined;
    const why = decisive ?? { key: `fact.${a.scamType ?? 'other'}`, text: guide.facts[0]![lang] };
    // A forwarded text's verdict line already says what to do with it; a call's needs its step.
    // Either way the claimed office's own number is worth having (a 医保 text: 12333).
    if (forwarded) {
      const own = this.ownHotline(a);
      if (own) return [head, why, this.msg('now_check_with_message', lang, { number: own.number, name: own.name[lang] })];
      return guide.nowMessage ? [head, why, { key: `now_message.${a.scamType ?? 'other'}`, text: guide.nowMessage[lang] }] : [head, why];
    }
    return [head, why, this.nowStep(a, lang)];
  }

  /** The one thing to do now: check with the claimed office's own number, or the family's step. */
  nowStep(a: Assessment, lang: Lang): Part {
    const own = this.ownHotline(a);
    return own ? this.msg('now_check_with', lang, { number: own.number, name: own.name[lang] }) : { key: `now.${a.scamType ?? 'other'}`, text: this.guide(a).now[lang] };
  }

  /** The verified number of the office the caller claimed (customs → 12360), if it has one. */
  private ownHotline(a: Assessment) {
    return a.orgHotlines.map((id) => this.hotlines.get(id)).find((h) => h?.verified && h.number !== 'bank');
  }

  /** "为什么": the red flags, strongest first, then the family's facts. */
  reasons(a: Assessment, lang: Lang, n: number): Message {
    if (a.risk === null || a.risk === 'low' || a.reasonKeys.length === 0) {
      if (a.risk === 'high' || a.risk === 'medium') {
        const g = this.guide(a);
        return [this.msg('red_flags_heading', lang), ...g.facts.slice(0, n).map((f, i) => ({ key: `fact.${a.scamType ?? 'other'}.${i}`, text: BULLET + f[lang] }))];
      }
      return [this.msg('reasons_none', lang)];
    }
    const flags = a.reasonKeys.map((k) => this.flag(k, lang)).filter((p): p is Part => !!p);
    const facts = this.guide(a).facts.map((f, i) => ({ key: `fact.${a.scamType ?? 'other'}.${i}`, text: f[lang] }));
    const seen = new Set<string>();
    const lines = [...flags, ...facts].filter((p) => !seen.has(p.text) && (seen.add(p.text), true)).slice(0, n);
    return [this.msg('red_flags_heading', lang), ...lines.map((p) => ({ ...p, text: BULLET + p.text }))];
  }

  /** The family's steps, in order. */
  actions(a: Assessment, lang: Lang): Message {
    const g = this.guide(a);
    return [this.msg('actions_heading', lang), ...g.actions.slice(0, 4).map((x, i) => ({ key: `action.${a.scamType ?? 'other'}.${i}`, text: `${i + 1}. ${x[lang]}` }))];
  }

  /**
   * "打哪个电话": the lines that check the claimed body first (customs → 12360, never 12333 for
   * customs), else the family's hotlines.
   */
  hotlinesFor(a: Assessment, lang: Lang): Message {
    const ids = a.orgHotlines.length > 0 ? [...a.orgHotlines, 'anti_fraud_96110', 'police_110'] : this.guide(a).hotlines;
    return [this.msg('hotlines_heading', lang), ...this.hotlineLines([...new Set(ids)].slice(0, 3), lang)];
  }

  /** The emergency: 110 and 紧急止付 first, one step per deed gone; then what comes next. */
  urgent(deeds: readonly string[], family: boolean, lang: Lang, called = false): Message[] {
    const e = this.content.policy.emergency;
    const steps = deeds.includes(UNSPECIFIED_DEED) ? Object.values(e.steps) : deeds.map((d) => e.steps[d]).filter((x): x is string => !!x);
    const intro = (called ? e.calledIntro : undefined) ?? this.emergencyVariant(deeds)?.intro ?? e.intro;
    const first: Message = [this.ref(intro, lang)!, ...[...new Set(steps)].map((s) => this.ref(s, lang)).filter((p): p is Part => !!p)];
    if (family) first.push(this.ref(e.family, lang)!);
    const second: Message = [this.ref(e.next, lang)!, ...this.hotlineLines(e.hotlines, lang)];
    // One phone screen: steps that do not fit lead the second message (the family's line stays).
    const t = this.content.policy.thresholds;
    const size = (m: Message) => m.map((p) => p.text).join('\n');
    const tail = family ? 1 : 0;
    while (first.length > 2 + tail && (size(first).length > t.firstMessageChars[lang] || size(first).split('\n').length > t.firstMessageLines)) {
      second.unshift(first.splice(first.length - 1 - tail, 1)[0]!);
    }
    return [first, second];
  }

  /**
   * The lines of an emergency whose only deed has its own (policy emergency.whenOnly): "stop the
   * payment" leads everywhere else.
   */
  emergencyVariant(deeds: readonly string[]): Policy['emergency']['whenOnly'][string] | undefined {
    const kinds = new Set(deeds);
    const [only] = kinds;
    return kinds.size === 1 && only !== undefined ? this.content.policy.emergency.whenOnly[only] : undefined;
  }

  /** The emergency's one line, and again the steps of what is still to be frozen or changed. */
  reminder(deeds: readonly string[], lang: Lang): Message {
    const e = this.content.policy.emergency;
    return [this.ref(this.emergencyVariant(deeds)?.otherwise ?? e.otherwise, lang)!, ...this.remindSteps(deeds, lang)];
  }

  /**
   * The steps that stay to be done while the emergency is open (`emergency.remind`, or another
   * list of deeds such as `emergency.nextSteps.deeds`): a card to freeze, a share to end.
   */
  remindSteps(deeds: readonly string[], lang: Lang, among: readonly string[] = this.content.policy.emergency.remind): Part[] {
    const e = this.content.policy.emergency;
    const steps = [...new Set(deeds.filter((d) => among.includes(d)).map((d) => e.steps[d]).filter((x): x is string => !!x))];
    return steps.map((s) => this.ref(s, lang)).filter((p): p is Part => !!p);
  }

  emergencyHotlines(lang: Lang): Message {
    return [this.msg('hotlines_heading', lang), ...this.hotlineLines(this.content.policy.emergency.hotlines, lang)];
  }

  /** The labels of the red flags under these prefixes, each once, in order. */
  private labels(flags: readonly string[], prefixes: readonly string[], lang: Lang): string[] {
    const label = (key: string) => this.content.redFlags[key]?.label?.[lang];
    return dedupe(flags.filter((f) => prefixes.some((p) => f.startsWith(p))).map(label).filter((x): x is string => !!x));
  }

  /**
   * What a screenshot showed, said before the verdict: who the sender claims to be and what it
   * asks or threatens, by red-flag labels alone — never the image's words, numbers or codes.
   */
  imageRead(flags: readonly string[], lang: Lang): Part {
    const sep = lang === 'en' ? ', ' : '、';
    const org = this.labels(flags, ['organisation.'], lang).slice(0, 2).join(sep);
    const asks = this.labels(flags, ['ask.', 'threat.', 'money.', 'offer.'], lang).slice(0, 3).join(sep);
    if (org && asks) return this.msg('image_read_org_asks', lang, { org, asks });
    if (org) return this.msg('image_read_org', lang, { org });
    if (asks) return this.msg('image_read_asks', lang, { asks });
    return this.msg('image_read', lang);
  }

  /** A text to paste into a 96110/110 report. Only the caller's details; none of the person's. */
  summary(c: CaseState, a: Assessment, lang: Lang): Part {
    const sep = lang === 'en' ? ', ' : '、';
    const list = (...prefixes: string[]) => this.labels(c.flags, prefixes, lang).join(sep);
    const row = (key: string, value: string) => (value ? this.text(key, lang, { value }) : '');
    const claimed = [list('organisation.'), c.callerName ?? '', c.jobNumber ? this.text('summary_job_number', lang, { value: c.jobNumber }) : '']
      .filter(Boolean)
      .join(sep);
    // A sum said is "already given" only when the money is gone; else it is what the caller asked
    // for ("他让我转两万" in a police summary must not read as paid).
    const amount = c.amounts.length ? this.text('summary_amount', lang, { value: c.amounts.join(sep) }) : '';
    const paid = c.deeds.money === 'done';
    const given = [list('given.'), paid ? amount : ''].filter(Boolean).join(sep);
    const asked = [list('ask.', 'money.', 'offer.'), paid ? '' : amount].filter(Boolean).join(sep);
    const assessment = a.risk ? [this.text(`risk_${a.risk}`, lang), a.scamType ? this.scamName(a.scamType, lang) : ''].filter(Boolean).join(sep) : '';
    const rows = [
      this.text('summary_when', lang),
      row('summary_number', c.numbers.map((n) => n.display).join(sep)),
      row('summary_claimed', claimed),
      row('summary_channel', list('channel.')),
      row('summary_asked', asked),
      row('summary_threatened', list('threat.')),
      row('summary_given', given || this.text('summary_nothing', lang)),
      row('summary_assessment', assessment),
    ];
    return { key: 'summary', text: [this.text('summary_heading', lang), ...rows.filter(Boolean)].join('\n') };
  }

  /** Messages as chat texts in the person's script, and the keys they came from. */
  render(messages: readonly Message[], script: Script): { replies: string[]; responses: string[] } {
    const replies: string[] = [];
    const responses: string[] = [];
    for (const m of messages) {
      if (m.length === 0) continue;
      const text = m.map((p) => p.text).join('\n');
      replies.push(script === 'hans' ? text : toTraditional(script, text));
      responses.push(...m.map((p) => p.key));
    }
    return { replies, responses };
  }
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
