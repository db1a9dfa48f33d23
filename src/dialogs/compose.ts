import type { Content } from '../content/load.js';
import type { Lang } from '../content/ids.js';
import type { SlotSpec } from '../content/schemas.js';
import type { Assessment } from './assess.js';
import type { CaseState } from './case.js';

const BULLET = '• ';

/** Turns content (dialogs/*.yaml) into reply texts. Holds no wording of its own. */
export class Composer {
  private readonly hotlines: Map<string, Content['hotlines'][number]>;

  constructor(private readonly content: Content) {
    this.hotlines = new Map(content.hotlines.map((h) => [h.id, h]));
  }

  msg(key: string, lang: Lang, vars: Record<string, string> = {}): string {
    const m = this.content.messages[key];
    if (!m) throw new Error(`message "${key}" is not in dialogs/messages.yaml`);
    return m[lang].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
  }

  faq(intent: string, lang: Lang): string | undefined {
    return this.content.faq[intent]?.[lang];
  }

  scamName(id: string | null, lang: Lang): string {
    return (id && this.content.scamTypes[id]?.name[lang]) || this.content.scamTypes.other!.name[lang];
  }

  /** One line per hotline, verified numbers only. */
  hotlineLines(ids: readonly string[], lang: Lang): string[] {
    const out: string[] = [];
    for (const id of ids) {
      const h = this.hotlines.get(id);
      if (!h || !h.verified) continue;
      out.push(h.number === 'bank' ? `${BULLET}${h.name[lang]}：${h.use[lang]}` : `${BULLET}${h.number} ${h.name[lang]}：${h.use[lang]}`);
    }
    return lang === 'en' ? out.map((l) => l.replace('：', ': ')) : out;
  }

  /** What a number from the directory is, when a message mentions one (12381, 10086...). */
  directoryNote(numbers: readonly { display: string; kind: string }[], lang: Lang): string | undefined {
    // 96110 has its own answers (real with an area code, fake with prefixes).
    for (const n of numbers.filter((x) => x.kind === 'hotline')) {
      const digits = n.display.replace(/-/g, '');
      const h = this.content.hotlines.find((x) => x.verified && x.number.replace(/-/g, '') === digits);
      if (h) return this.msg(h.kind === 'sms' ? 'number_directory_sms' : 'number_directory', lang, { number: h.number, name: h.name[lang], use: h.use[lang] });
    }
    return undefined;
  }

  question(slot: SlotSpec, lang: Lang, rephrase: boolean, followUp: boolean): string {
    const q = (rephrase ? slot.rephrase : slot.question)[lang];
    return followUp ? `${this.msg('question_prefix', lang)}${lang === 'en' ? ' ' : ''}${q}` : q;
  }

  /** The verdict: risk and family, why, what to do, whom to call. Short form for groups. */
  verdict(a: Assessment, lang: Lang, short: boolean): string {
    const guide = this.content.scamTypes[a.scamType ?? 'other'] ?? this.content.scamTypes.other!;
    const lines: string[] = [];
    if (a.legit96110) {
      lines.push(this.msg('verdict_legit_96110', lang));
      return lines.join('\n');
    }
    if (a.risk === null) return this.msg('verdict_unknown', lang);
    if (a.risk === 'high') lines.push(this.msg('verdict_high', lang, { scamName: guide.name[lang] }));
    else if (a.risk === 'medium') lines.push(this.msg('verdict_medium', lang, { scamName: guide.name[lang] }));
    else {
      lines.push(this.msg('verdict_low', lang));
      return lines.join('\n');
    }
    // The family's key fact first (e.g. "网信办不会直接打电话"), then what this caller did, then
    // the family's other facts.
    const facts = guide.facts.map((f) => f[lang]);
    const reasons = dedupe([...facts.slice(0, 1), ...a.reasons.map((r) => r[lang]), ...facts.slice(1)]);
    lines.push(this.msg('red_flags_heading', lang), ...reasons.slice(0, short ? 2 : 3).map((r) => BULLET + r));
    const actions = guide.actions.slice(0, short ? 2 : 4).map((x, i) => `${i + 1}. ${x[lang]}`);
    lines.push(this.msg('actions_heading', lang), ...actions);
    const hotlines = this.hotlineLines(guide.hotlines.slice(0, short ? 2 : 3), lang);
    if (hotlines.length > 0) lines.push(this.msg('hotlines_heading', lang), ...hotlines);
    return lines.join('\n');
  }

  /** Emergency steps, 110 first. */
  urgent(a: Assessment, lang: Lang): string {
    const items = new Set(a.urgentItems);
    const any = (...ids: string[]) => ids.some((i) => items.has(i)) || items.has('unspecified');
    const parts = [this.msg('urgent_intro', lang)];
    if (any('money_sent')) parts.push(this.msg('urgent_money', lang));
    if (any('code_given', 'password_given', 'card_given')) parts.push(this.msg('urgent_code', lang));
    if (any('screen_shared', 'app_installed')) parts.push(this.msg('urgent_screen', lang));
    parts.push(this.msg('urgent_common', lang));
    parts.push(...this.hotlineLines(['police_110', 'bank', 'anti_fraud_96110'], lang));
    return parts.join('\n');
  }

  /** A text to paste into a 96110/110 report. Only the caller's details; none of the person's. */
  summary(c: CaseState, a: Assessment, lang: Lang): string {
    const sep = lang === 'en' ? ', ' : '、';
    const label = (key: string) => this.content.redFlags[key]?.label?.[lang];
    const list = (...prefixes: string[]) =>
      dedupe(c.flags.filter((f) => prefixes.some((p) => f.startsWith(p))).map(label).filter((x): x is string => !!x)).join(sep);
    const row = (key: string, value: string) => (value ? this.msg(key, lang, { value }) : '');
    const claimed = [list('organisation.'), c.callerName ?? '', c.jobNumber ? this.msg('summary_job_number', lang, { value: c.jobNumber }) : '']
      .filter(Boolean)
      .join(sep);
    const given = [list('given.'), c.amounts.length ? this.msg('summary_amount', lang, { value: c.amounts.join(sep) }) : ''].filter(Boolean).join(sep);
    const assessment = a.risk ? [this.msg(`risk_${a.risk}`, lang), a.scamType ? this.scamName(a.scamType, lang) : ''].filter(Boolean).join(sep) : '';
    const rows = [
      this.msg('summary_when', lang),
      row('summary_number', c.numbers.map((n) => n.display).join(sep)),
      row('summary_claimed', claimed),
      row('summary_channel', list('channel.')),
      row('summary_asked', list('ask.', 'money.', 'offer.')),
      row('summary_threatened', list('threat.')),
      row('summary_given', given || this.msg('summary_nothing', lang)),
      row('summary_assessment', assessment),
    ];
    return [this.msg('summary_heading', lang), ...rows.filter(Boolean)].join('\n');
  }
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
