/** A labelled message: the red flags it states. */
export interface FlagGold {
  text: string;
  flags: string[];
}

export interface FlagScore {
  examples: number;
  micro: { precision: number; recall: number };
  perFlag: { flag: string; precision: number; recall: number; support: number }[];
  /** Harmless-looking messages given a flag that counts against the caller which nobody stated. */
  falseAlarmingMessages: number;
  misses: { text: string; missed: string[]; extra: string[] }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => (b ? round(a / b) : 0);
/** Flags whose presence alarms: everything but harmless signs and plain channels or claims of harmless callers. */
const ALARMING = /^(?:ask|threat|money|offer|given|proof)\./;

export function scoreFlags(gold: readonly FlagGold[], predicted: readonly string[][]): FlagScore {
  const t = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (k: string) => t.get(k) ?? (t.set(k, { tp: 0, fp: 0, fn: 0 }), t.get(k)!);
  let falseAlarming = 0;
  const misses: FlagScore['misses'] = [];
  gold.forEach((g, i) => {
    const want = new Set(g.flags);
    const got = new Set(predicted[i] ?? []);
    for (const k of got) {
      if (want.has(k)) get(k).tp++;
      else get(k).fp++;
    }
    for (const k of want) if (!got.has(k)) get(k).fn++;
    const extra = [...got].filter((k) => !want.has(k));
    if (extra.some((k) => ALARMING.test(k)) && !g.flags.some((k) => ALARMING.test(k))) falseAlarming++;
    const missed = [...want].filter((k) => !got.has(k));
    if (missed.length || extra.length) misses.push({ text: g.text, missed, extra });
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const v of t.values()) {
    tp += v.tp;
    fp += v.fp;
    fn += v.fn;
  }
  return {
    examples: gold.length,
    micro: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    perFlag: [...t]
      .map(([flag, v]) => ({ flag, precision: ratio(v.tp, v.tp + v.fp), recall: ratio(v.tp, v.tp + v.fn), support: v.tp + v.fn }))
      .sort((a, b) => b.support - a.support || a.flag.localeCompare(b.flag)),
    falseAlarmingMessages: falseAlarming,
    misses,
  };
}

export function formatFlagScore(title: string, s: FlagScore): string {
  return [
    `## ${title}`,
    '',
    `${s.examples} messages: micro precision ${s.micro.precision}, recall ${s.micro.recall}; ${s.falseAlarmingMessages} messages got an alarming flag when none was stated.`,
    '',
    '| flag | precision | recall | support |',
    '|---|---|---|---|',
    ...s.perFlag.map((f) => `| ${f.flag} | ${f.precision} | ${f.recall} | ${f.support} |`),
    '',
  ].join('\n');
}
