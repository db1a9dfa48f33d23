import { DEED_STATES, type DeedState } from '../content/ids.js';
import type { DeedExample, DeedSpec, DeedsFile } from '../content/schemas.js';
import { TextClassifier, type Featurised } from './classifier.js';
import { pinyinFeatures } from './homophones.js';
import type { LexMatch } from './lexicon.js';
import { CLAUSE_SPLIT, compileCues } from './lexicon.js';
import { DEFAULT_SOFTMAX, type SoftmaxModel } from './softmax.js';
import type { Segmenter } from './tokenize.js';

/** What one message says of one deed. */
export interface DeedReading {
  deed: string;
  state: DeedState;
  /** Calibrated probability of `state`, given that the deed is mentioned. */
  confidence: number;
  /** Probability that the message mentions the deed at all. */
  mention: number;
  /** One of the deed's precise override phrases matched as a plain statement (not negated or asked). */
  phrase: boolean;
  /**
   * Probability of "done" from the state model, whatever state won: "requested 0.55" beside
   * "done 0.4" is not "requested 0.55" beside "refused 0.4". 0 when a rule overruled a "done"
   * (a request only, money coming in). A reader without a state distribution leaves it out.
   */
  pDone?: number;
}

export interface DeedModels {
  /** One "is it mentioned" model per deed. */
  mention: Record<string, SoftmaxModel>;
  /** One state model shared by every deed: "我发了" means done whatever was sent. */
  state: SoftmaxModel;
  /** The whole message: is any of `goneDeeds` already done? A second opinion beside the deeds. */
  gone: SoftmaxModel;
}

/** What a message says of deeds, and how likely it says one of the urgent ones is gone. */
export interface DeedRead {
  deeds: DeedReading[];
  /** Probability, from the whole message, that an urgent deed is already done. */
  gone: number;
  /** The state cues (intents/deeds.yaml stateCues) the message shows: "others", "hypothetical"… */
  cues: string[];
}

const MENTIONED = 'yes';
/** The confidence of a state the deed's own refusal words decide (`refused` in intents/deeds.yaml). */
const PLAIN_REFUSAL = 0.9;
const NOT_MENTIONED = 'no';
/** How a message splits into clauses (the lexicons know the soft breaks of run-on text). */
export type Split = (text: string) => string[];
const byPunctuation: Split = (text) => text.split(CLAUSE_SPLIT);

/**
 * Reads, for each deed a caller is after, what a message says of it. Two learned steps over the
 * same features (words, character n-grams, pinyin, lexicon hits): whether the deed is mentioned,
 * and then its state, read from the whole message and from the clauses around the mention.
 */
export class DeedReader {
  private readonly cues = new Map<string, RegExp | undefined>();
  private readonly refusals = new Map<string, RegExp>();
  private readonly direction = new Map<string, { incoming: RegExp; outgoing: RegExp | undefined }>();
  private readonly family: RegExp | undefined;
  private readonly stateCues: [string, RegExp][];
  private readonly request: RegExp | undefined;
  private readonly completion: RegExp | undefined;
  private readonly question: RegExp | undefined;

  private constructor(
    readonly specs: readonly DeedSpec[],
    familyCues: DeedsFile['family'],
    private readonly segmenter: Segmenter,
    private readonly mention: Map<string, TextClassifier>,
    private readonly stateModel: TextClassifier | undefined,
    private readonly goneModel: TextClassifier | undefined,
    stateCues: DeedsFile['stateCues'],
    requestOnly: DeedsFile['requestOnly'] | undefined,
    private readonly split: Split,
  ) {
    this.request = requestOnly ? compileCues(requestOnly.request) : undefined;
    this.completion = requestOnly ? compileCues(requestOnly.completion) : undefined;
    this.question = requestOnly?.question ? compileCues(requestOnly.question, 'gu') : undefined;
    for (const d of specs) {
      this.cues.set(d.id, compileCues(d.cues));
      const r = d.refused ? compileCues(d.refused) : undefined;
      if (r) this.refusals.set(d.id, r);
      const incoming = d.incoming ? compileCues(d.incoming) : undefined;
      if (incoming) this.direction.set(d.id, { incoming, outgoing: d.outgoing ? compileCues(d.outgoing) : undefined });
    }
    this.family = compileCues(familyCues);
    this.stateCues = Object.entries(stateCues).flatMap(([k, c]) => {
      const re = compileCues(c);
      return re ? [[k, re] as [string, RegExp]] : [];
    });
  }

  /** The state cues (stateCues keys) a text shows. */
  private cuesIn(text: string): string[] {
    return this.stateCues.filter(([, re]) => re.test(text)).map(([k]) => k);
  }

  /** The state cues in a text, and the qualifying cues of the lexicons (negation, question, request). */
  private cueFeatures(text: string, matches: readonly LexMatch[], prefix: string, cues = this.cuesIn(text)): string[] {
    const out = cues.map((k) => `${prefix}sc:${k}`);
    for (const m of matches) if (m.negated) out.push(`${prefix}sc:negated`);
    return out;
  }

  /** `goneDeeds`: the deeds whose being done makes a case urgent (dialogs/policy.yaml). */
  static train(
    file: DeedsFile,
    examples: readonly { text: string; deeds: DeedExample['deeds'] }[],
    goneDeeds: readonly string[],
    segmenter: Segmenter,
    featuresOf: (text: string) => { text: string; matches: readonly LexMatch[] },
    split: Split = byPunctuation,
    /** The shuffle of SGD; a bench trains several to see how much of a figure is this draw. */
    seed = DEFAULT_SOFTMAX.seed,
  ): DeedReader {
    const probe = new DeedReader(file.deeds, file.family, segmenter, new Map(), undefined, undefined, file.stateCues, file.requestOnly, split);
    const rows = examples.map((ex) => probe.rowsFor(featuresOf(ex.text)));
    const mention = new Map<string, TextClassifier>();
    for (const d of file.deeds) {
      const data: Featurised[] = examples.map((ex, i) => ({ tokens: rows[i]!.mention(d.id), label: ex.deeds[d.id] ? MENTIONED : NOT_MENTIONED }));
      // Uncalibrated: the mention decision is p >= 0.5, which a temperature cannot move, and nine
      // calibrated models would triple the training time.
      if (data.some((x) => x.label === MENTIONED)) mention.set(d.id, TextClassifier.train(data, seed));
    }
    const stateData: Featurised[] = examples.flatMap((ex, i) => Object.entries(ex.deeds).map(([deed, state]) => ({ tokens: rows[i]!.state(deed), label: state })));
    const state = stateData.length > 0 ? TextClassifier.trainCalibrated(stateData, 3, seed) : undefined;
    const goneData: Featurised[] = examples.map((ex, i) => ({ tokens: rows[i]!.message(), label: Object.entries(ex.deeds).some(([d, st]) => st === 'done' && goneDeeds.includes(d)) ? MENTIONED : NOT_MENTIONED }));
    const gone = TextClassifier.trainCalibrated(goneData, 3, seed);
    return new DeedReader(file.deeds, file.family, segmenter, mention, state, gone, file.stateCues, file.requestOnly, split);
  }

  static fromModels(file: DeedsFile, segmenter: Segmenter, models: DeedModels, split: Split = byPunctuation): DeedReader {
    const mention = new Map(Object.entries(models.mention).map(([k, m]) => [k, TextClassifier.fromModel(m)]));
    return new DeedReader(file.deeds, file.family, segmenter, mention, TextClassifier.fromModel(models.state), TextClassifier.fromModel(models.gone), file.stateCues, file.requestOnly, split);
  }

  toModels(): DeedModels {
    if (!this.stateModel || !this.goneModel) throw new Error('deed model is not trained');
    return { mention: Object.fromEntries([...this.mention].map(([k, m]) => [k, m.toModel()])), state: this.stateModel.toModel(), gone: this.goneModel.toModel() };
  }

  /** The writer speaks for a family member ("我妈把钱转了"). */
  aboutFamily(text: string): boolean {
    return this.family?.test(text) ?? false;
  }

  /** Every deed the message mentions, with its state. `text` is normalised. */
  read(text: string, matches: readonly LexMatch[]): DeedRead {
    if (!this.stateModel || !this.goneModel || text.trim() === '') return { deeds: [], gone: 0, cues: [] };
    const rows = this.rowsFor({ text, matches });
    const g = this.goneModel.predict(rows.message());
    const gone = g.label === MENTIONED ? g.confidence : 1 - g.confidence;
    const out: DeedReading[] = [];
    for (const d of this.specs) {
      const model = this.mention.get(d.id);
      if (!model) continue;
      const m = model.predict(rows.mention(d.id));
      const pMention = m.label === MENTIONED ? m.confidence : 1 - m.confidence;
      const phrase = tellsPlainly(matches, d.override);
      const refused = this.refusals.get(d.id)?.test(text) ?? false;
      // The lexicon's plain "given" phrase for the deed names it, whatever the mention model says
      // ("我fill in了bank card信息还有SMS code"); the state is still the model's.
      const told = d.given !== undefined && tellsPlainly(matches, [d.given]);
      if (pMention < 0.5 && !phrase && !refused && !told) continue;
      const s = this.stateModel.predict(rows.state(d.id));
      // The model comes from an on-disk cache: a label it should not have is no reading at all.
      if (!(DEED_STATES as readonly string[]).includes(s.label)) continue;
      // Money that came to the writer is no deed of theirs, unless the lexicon reads the writer
      // paying in so many words ("扫码付了五百块的解冻费 说马上退给我").
      if (s.label === 'done' && !told && this.onlyIncoming(text, d.id)) continue;
      // A request is never a deed; a plain "我没给钱" outranks a model that read something else, never a "done".
      const requestOnly = s.label === 'done' && this.onlyRequested(text, d.id);
      const state = requestOnly ? 'requested' : refused && s.label !== 'done' ? 'refused' : (s.label as DeedState);
      const pDone = requestOnly ? 0 : (s.ranking.find((x) => x.label === 'done')?.value ?? 0);
      // A refusal said in so many words ("验证码我没给", "I did not tell him yet") is as sure as a
      // precise phrase, whatever share of the model's belief "refused" won.
      const confidence = refused && state === 'refused' ? Math.max(s.confidence, PLAIN_REFUSAL) : s.confidence;
      out.push({ deed: d.id, state, confidence, mention: pMention, phrase, pDone });
    }
    return { deeds: out, gone, cues: rows.cues };
  }

  /** Feature rows of one message: shared tokens computed once, deed-specific ones on demand. */
  private rowsFor({ text, matches }: { text: string; matches: readonly LexMatch[] }): { cues: string[]; message(): string[]; mention(deed: string): string[]; state(deed: string): string[] } {
    const cues = this.cuesIn(text);
    const base = [...this.segmenter.features(text), ...pinyinFeatures(text), ...wordPairs(text, this.segmenter)];
    for (const m of matches) base.push(`lc:${m.category}${m.negated ? ':neg' : ''}${m.questioned ? ':q' : ''}`, `lk:${m.key}${m.negated ? ':neg' : ''}${m.questioned ? ':q' : ''}`);
    if (this.aboutFamily(text)) base.push('#family');
    base.push(...this.cueFeatures(text, matches, '', cues));
    const windows = new Map<string, string[]>();
    const windowOf = (deed: string): string[] => {
      let w = windows.get(deed);
      if (!w) {
        const clauses = this.window(text, deed);
        w = clauses.flatMap((clause) => [...this.segmenter.features(clause).map((t) => `w:${t}`), ...this.cueFeatures(clause, [], 'w:')]);
        // The last clause about a deed is usually its outcome: "他让我先交押金，我交了".
        const last = clauses[clauses.length - 1];
        if (last !== undefined && clauses.length > 1) w.push(...this.segmenter.features(last).map((t) => `lw:${t}`), ...this.cueFeatures(last, [], 'lw:'));
        windows.set(deed, w);
      }
      return w;
    };
    return {
      cues,
      message: () => base,
      mention: (deed) => {
        // Per-deed models: whether a cue of this deed is present is what they learn to weigh.
        return [...base, this.cues.get(deed)?.test(text) ? '#cue' : '#nocue'];
      },
      state: (deed) => {
        const w = windowOf(deed);
        const spec = this.specs.find((s) => s.id === deed);
        const own = matches.filter((m) => m.category === 'given' && m.id === spec?.given).map((m) => `own:${m.negated ? 'neg' : m.questioned ? 'q' : 'plain'}`);
        return [...base, `deed:${deed}`, ...own, ...w];
      },
    };
  }

  /** It came to the writer: an incoming cue, and no word of the writer paying anywhere in the message. */
  private onlyIncoming(text: string, deed: string): boolean {
    const d = this.direction.get(deed);
    return d !== undefined && d.incoming.test(text) && !(d.outgoing?.test(text) ?? false);
  }

  /**
   * Every clause naming the deed asks for it, and neither it nor any clause after it says anything
   * was done ("要帮我把钱挪到新账户" is a request; "他让我把数字发过去，我发了" is not).
   */
  private onlyRequested(text: string, deed: string): boolean {
    const re = this.cues.get(deed);
    const { request, completion } = this;
    if (!request || !completion || !re) return false;
    // The "了" of "问我钱转了没有" asks; it tells nothing done.
    const clauses = this.split(text).map((c) => (this.question ? c.replace(this.question, ' ') : c));
    let named = 0;
    for (let i = 0; i < clauses.length; i++) {
      const c = clauses[i]!;
      if (!re.test(c)) continue;
      named++;
      // The outcome may come a clause or two later ("…，说是要核实，我告诉他了"). Before the
      // request, a completion tells the deed only beside its words ("我已经付了 现在又要我付"):
      // the 了 of "说出了点事要钱" is the story's.
      const asked = c.search(request);
      if (asked < 0) return false;
      const before = c.slice(0, asked);
      if (completion.test(c.slice(asked)) || (completion.test(before) && re.test(before)) || completion.test(clauses.slice(i + 1).join(','))) return false;
    }
    return named > 0;
  }

  /**
   * The clauses that speak of a deed: each clause holding one of its cues, the two after it
   * ("他让我把短信里的数字发过去，我发了" — the deed is done in the next clause), and the last one.
   */
  private window(text: string, deed: string): string[] {
    const re = this.cues.get(deed);
    if (!re) return [];
    const clauses = this.split(text);
    const picked = new Set<number>();
    clauses.forEach((c, i) => {
      if (c && re.test(c)) {
        picked.add(i);
        if (i + 1 < clauses.length) picked.add(i + 1);
        if (i + 2 < clauses.length) picked.add(i + 2);
      }
    });
    // The message's last clause is where an outcome usually stands ("…，说要给我退款，我发了").
    if (picked.size > 0) {
      let end = clauses.length - 1;
      while (end > 0 && clauses[end]!.trim() === '') end--;
      picked.add(end);
    }
    return [...picked].sort((a, b) => a - b).map((i) => clauses[i]!).filter((c) => c.trim() !== '');
  }
}

/** One of these `given` entries matched as a plain statement: not negated, not asked about. */
function tellsPlainly(matches: readonly LexMatch[], ids: readonly string[]): boolean {
  return matches.some((x) => x.category === 'given' && ids.includes(x.id) && !x.negated && !x.questioned);
}

/**
 * Neighbouring word pairs: who did what to whom sits in word order ("给我转" is money coming in,
 * "not my card" a denial, "我发了" a deed), which single words and characters lose.
 */
function wordPairs(text: string, segmenter: Segmenter): string[] {
  const out: string[] = [];
  for (const clause of text.split(CLAUSE_SPLIT)) {
    const words = segmenter.words(clause);
    for (let i = 0; i + 1 < words.length; i++) out.push(`wp:${words[i]}_${words[i + 1]}`);
  }
  return out;
}
