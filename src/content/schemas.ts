import { z } from 'zod';
import { backtrackingRisk } from './pattern-safety.js';
import { DEED_STATES, LEXICON_CATEGORIES } from './ids.js';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower_snake_case, e.g. verification_code');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A text in both reply languages. */
export const bilingual = z.strictObject({ zh: nonEmpty, en: nonEmpty });
export type Bilingual = z.infer<typeof bilingual>;

/** An operator's regular expression: valid, and unable to stall every user with backtracking. */
const regexSource = z.string().superRefine((s, ctx) => {
  try {
    new RegExp(s, 'u');
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a valid regular expression' });
    return;
  }
  const risk = backtrackingRisk(s);
  if (risk) ctx.addIssue({ code: 'custom', message: risk });
});

// ---------- intents/training/*.yaml ----------

export const trainingExample = z.union([
  nonEmpty,
  z.strictObject({
    text: nonEmpty,
    scamType: id.nullable().optional(),
  }),
]);

export const trainingFile = z.strictObject({
  intent: id,
  description: nonEmpty,
  examples: z.array(trainingExample).min(5, 'needs at least 5 examples'),
});
export type TrainingFile = z.infer<typeof trainingFile>;

// ---------- intents/lexicon/*.yaml ----------

export const lexiconEntry = z
  .strictObject({
    id,
    /** For organisations and offers: the scam type a claim of this kind points to (null: harmless). */
    scamType: id.nullable().optional(),
    /** Is a public body that does not handle cases by phone (police, CAC, regulators...). */
    publicBody: z.boolean().optional(),
    /** For organisations: the hotlines that check a claim in this body's name (customs → 12360). */
    hotlines: z.array(id).optional(),
    /** Plain phrases, matched on normalised text (simplified Chinese, lower case, half width). */
    terms: z.array(nonEmpty).default([]),
    /** Regular expressions (JavaScript, unicode mode) for what plain phrases cannot say. */
    patterns: z.array(regexSource).default([]),
    /**
     * For negations: how far one reaches. `phrase` (the default): the words right after it
     * ("没有转账"). `clause`: everything after it in its clause, up to a "but" ("she didn't ask for
     * any password or code", "冇叫我俾錢").
     */
    reach: z.enum(['phrase', 'clause']).optional(),
  })
  .refine((e) => e.terms.length + e.patterns.length > 0, 'needs at least one term or pattern');

export const lexiconFile = z.strictObject({
  category: z.enum(LEXICON_CATEGORIES),
  description: nonEmpty,
  entries: z.array(lexiconEntry).min(1),
});
export type LexiconFile = z.infer<typeof lexiconFile>;
export type LexiconEntry = z.infer<typeof lexiconEntry>;

// ---------- dialogs/hotlines.yaml ----------

export const hotline = z.strictObject({
  id,
  number: z.string().regex(/^[0-9-]{3,16}$|^bank$/, 'must be digits and dashes, e.g. 021-55056666'),
  name: bilingual,
  use: bilingual,
  region: nonEmpty,
  source: nonEmpty,
  /** Unverified numbers stay in the directory for operators but are never shown to users. */
  verified: z.boolean(),
  /** sms: a sender of official texts, not a line to call (12381). */
  kind: z.enum(['phone', 'sms']).default('phone'),
});
export const hotlinesFile = z.strictObject({ hotlines: z.array(hotline).min(1) });
export type Hotline = z.infer<typeof hotline>;

// ---------- dialogs/scam-types.yaml ----------

export const scamTypeGuide = z.strictObject({
  name: bilingual,
  /** The one thing to do now, for the verdict's first message: short, with a number to call. */
  now: bilingual,
  /** The same for a forwarded text (no call to hang up), when the family has a check of its own. */
  nowMessage: bilingual.optional(),
  /** Facts about this scam family, shown with the verdict. */
  facts: z.array(bilingual).min(1),
  /** What to do now, in order. */
  actions: z.array(bilingual).min(1),
  /** Hotline ids to show for this case. */
  hotlines: z.array(id).min(1),
});
export const scamTypesFile = z.strictObject({ scamTypes: z.record(id, scamTypeGuide) });
export type ScamTypeGuide = z.infer<typeof scamTypeGuide>;

// ---------- dialogs/red-flags.yaml ----------

export const redFlag = z.strictObject({
  /** Points this flag adds to the risk score (negative lowers it). */
  weight: z.number().min(-20).max(20),
  /** The red flag explained in plain words; omit for flags that only score. */
  text: bilingual.optional(),
  /** A short name for report summaries, e.g. 验证码 / verification code. */
  label: bilingual.optional(),
  /**
   * For negative weights: still counts when the caller presses for money or data. Most harmless
   * signs ("a fraud reminder", "a repair visit") are cheap covers and stop counting then.
   */
  evenUnderPressure: z.boolean().optional(),
  /**
   * The person verified the call through an official channel: this harmless sign may lower a
   * verdict already given (every other new fact can only raise it).
   */
  verifies: z.boolean().optional(),
});
export const redFlagsFile = z.strictObject({
  /** Keys are "<category>.<lexicon entry id>", e.g. ask.verification_code. */
  flags: z.record(z.string().regex(/^[a-z]+\.[a-z0-9_]+$/, 'must look like category.entry_id'), redFlag),
});

// ---------- dialogs/verification.yaml ----------

export const slot = z.strictObject({
  id,
  /** Lexicon categories whose matches answer this slot. */
  fills: z.array(z.enum(LEXICON_CATEGORIES)).min(1),
  /** Intents that, when recognised while this slot is asked, answer it even without a lexicon match. */
  answeredBy: z.array(id).default([]),
  question: bilingual,
  /** A second wording used when the first got no usable answer. */
  rephrase: bilingual,
});

export const verificationFile = z.strictObject({
  slots: z.array(slot).min(1),
  /** Higher confidence needed for intents whose mistakes cost more (restart drops the case). */
  intentConfidence: z.record(id, z.number().min(0).max(1)).default({}),
  assessment: z.strictObject({
    /** Score at or above which the risk is high / medium. */
    high: z.number(),
    medium: z.number(),
    /** Ask at most this many questions before giving the verdict on what is known. */
    maxQuestions: z.number().int().min(0).max(10),
    /** Score added when a public body is claimed and anything is asked or threatened. */
    publicBodyCombo: z.number(),
    combos: z
      .array(z.strictObject({ why: nonEmpty, either: z.array(nonEmpty).min(1), and: z.array(nonEmpty).min(1), unless: z.array(nonEmpty).default([]), add: z.number() }))
      .default([]),
    /** Minimum classifier confidence for its scam type to count when no lexicon entry names one. */
    scamTypeConfidence: z.number().min(0).max(1),
  }),
});
export type VerificationSpec = z.infer<typeof verificationFile>;
export type SlotSpec = z.infer<typeof slot>;

// ---------- dialogs/messages.yaml and dialogs/faq.yaml ----------

export const messagesFile = z.strictObject({ messages: z.record(id, bilingual) });
/**
 * An FAQ answer. `after`: the same question asked right after another answer ("How can I tell a
 * fake one?" after the answer about 96110) gets the variant keyed by that answer's topic: an
 * intent id, or `glossary.<term>`.
 */
export const faqAnswer = bilingual.extend({ after: z.record(z.string().regex(/^(?:glossary\.)?[a-z0-9_]+$/, 'must be an intent id or glossary.<term>'), bilingual).optional() });
export type FaqAnswer = z.infer<typeof faqAnswer>;
export const faqFile = z.strictObject({
  /** Answers keyed by intent id. */
  answers: z.record(id, faqAnswer),
});

// ---------- intents/deeds.yaml and intents/deed-examples/*.yaml ----------

const cueList = z.strictObject({
  terms: z.array(nonEmpty).default([]),
  patterns: z.array(regexSource).default([]),
});

export const deedSpec = z.strictObject({
  id,
  description: nonEmpty,
  /** The `given` lexicon entry that states this deed done (a feature; its red flag and summary label). */
  given: id.optional(),
  /** `given` entries precise enough to decide "done" unless the model reads someone else, a refusal or a stop. */
  override: z.array(id).default([]),
  /** Plain statements that the deed did not happen ("我没给钱"): refused, even if the model misses it. */
  refused: cueList.optional(),
  /** It came to the writer ("他转错了500给我"): with no `outgoing` cue, the deed is not done. */
  incoming: cueList.optional(),
  outgoing: cueList.optional(),
  /** The red flag (category.entry) a request for this deed raises. */
  asked: z.string().regex(/^[a-z]+\.[a-z0-9_]+$/).optional(),
  /** Words that place a mention of the deed in a message (for the model's window features). */
  cues: cueList,
});
/** State cues that the deed read refers to by name (src/nlu/deed-eval.ts). */
export const NAMED_STATE_CUES = ['hypothetical', 'others'] as const;

export const deedsFile = z.strictObject({
  description: nonEmpty,
  deeds: z.array(deedSpec).min(1),
  /** Intents whose training examples mention no deed: negatives for the deed model. */
  negativesFrom: z.array(id).default([]),
  /** Who did it when it was not the person writing: a family member they are helping. */
  family: cueList,
  /** A request without a completion cue is no deed: the one rule over the model's "done". */
  requestOnly: z
    .strictObject({
      request: cueList,
      completion: cueList,
      /** A question about whether it was done ("问我钱转了没有"): its "了" is no completion. */
      question: cueList.optional(),
    })
    .optional(),
  /**
   * Words that hint at a state whatever the deed (hypothetical, someone else, stopped...): features.
   * The deed read also uses two by name, so those two must be there: `hypothetical` (a doubtful
   * "done" inside a what-if does not count) and `others` (a story about someone else's loss).
   */
  stateCues: z.record(id, cueList).superRefine((cues, ctx) => {
    for (const name of NAMED_STATE_CUES)
      if (!(name in cues)) ctx.addIssue({ code: 'custom', path: [name], message: `the deed read uses the "${name}" cue by name: keep it (rename it back)` });
  }),
});
export type DeedSpec = z.infer<typeof deedSpec>;
export type DeedsFile = z.infer<typeof deedsFile>;

export const deedExample = z.strictObject({
  text: nonEmpty,
  /** Deed id → what the message says of it; deeds not listed are not mentioned. */
  deeds: z.record(id, z.enum(DEED_STATES)).default({}),
});
export const deedExamplesFile = z.strictObject({
  description: nonEmpty,
  examples: z.array(deedExample).min(1),
});
export type DeedExample = z.infer<typeof deedExample>;

/**
 * intents/urgent-decision.yaml: the fitted layer that reads "something urgent is gone" off the
 * deed models (src/nlu/urgent-decision.ts). Written by `npm run nlu -- fit-urgent`, not by hand.
 */
export const urgentDecisionFile = z.strictObject({
  description: nonEmpty,
  /** The deed models' training key (NluEngine.trainingKeys) the readings it was fitted on came from. */
  fittedOn: z.string().regex(/^[0-9a-f]{16}$/, 'must be a training key (16 hex digits)'),
  examples: z.number().int().min(1),
  folds: z.number().int().min(2),
  l2: z.number().min(0),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});
export type UrgentDecisionFile = z.infer<typeof urgentDecisionFile>;

// ---------- dialogs/policy.yaml ----------

/** A response: a messages.yaml key, "faq.<intent>", or a computed answer "@name". */
const responseRef = z.string().regex(/^(?:@[a-z][a-z0-9_]*|faq\.[a-z][a-z0-9_]*|[a-z][a-z0-9_]*)$/, 'must be a message key, faq.<intent> or @computed');

export const policyFile = z.strictObject({
  intents: z.strictObject({
    questions: z.array(id),
    /** Questions whose wording often carries a story ("这个号码是真的吗 他说是公安局的要我转账"): with enough red flags told, a story. */
    mayCarryStory: z.array(id).default([]),
    /** General questions ("网信办会打电话吗", "他怎么知道我的身份证号"): a public body or a deed named in them tells no story. */
    general: z.array(id).default([]),
    /** Intents never worth an unasked word in a group (small talk, commands). */
    quietInGroups: z.array(id).default([]),
    story: z.array(id),
    chitchat: z.array(id),
    restart: id,
    handled: id,
    dispute: id,
  }),
  thresholds: z.strictObject({
    doneConfidence: z.number().min(0).max(1),
    urgentDecision: z.number().min(0).max(1),
    urgentMaybe: z.number().min(0).max(1),
    pendingDone: z.number().min(0).max(1),
    questionIsStory: z.number().min(0).max(1),
    storyStatements: z.number().int().min(1),
    firstMessageLines: z.number().int().min(2).max(20),
    /** Most characters of a first message (one phone screen), per language. */
    firstMessageChars: z.strictObject({ zh: z.number().int().min(40), en: z.number().int().min(80) }),
    groupLines: z.number().int().min(2).max(20),
  }),
  deeds: z.strictObject({
    urgent: z.array(id).min(1),
    disclosure: z.array(id),
    /** Urgent deeds a doubtful reading never raises as "maybe gone" (the maybe reply speaks of money, codes and passwords). */
    notAskedWhenDoubtful: z.array(id).default([]),
  }),
  emergency: z.strictObject({
    intro: responseRef,
    /**
     * When one of these deeds is the only thing gone, its own intro, reminder and answers replace
     * the money-first ones: a face scan alone needs a report to the police, not "stop the payment".
     */
    whenOnly: z
      .record(id, z.strictObject({ intro: responseRef, otherwise: responseRef.optional(), answers: z.record(id, responseRef).default({}) }))
      .default({}),
    steps: z.record(id, responseRef),
    family: responseRef,
    next: responseRef,
    maybe: responseRef,
    /** The person is about to do an urgent deed, or asks whether to: stop them, first. */
    stop: responseRef,
    hotlines: z.array(id).min(1),
    answers: z.record(id, responseRef),
    again: responseRef,
    handled: responseRef,
    otherwise: responseRef,
    /** Deeds whose step comes back with every reminder (a card to freeze stays to be frozen). */
    remind: z.array(id).default([]),
    /** Answers to these intents ("点算好", "what now") carry the steps of these deeds, when gone: what the answer itself does not say. */
    nextSteps: z.strictObject({ intents: z.array(id), deeds: z.array(id) }).default({ intents: [], deeds: [] }),
    /** Words that keep a "handled" message open: "共享关了，接下来呢" still asks what is left. */
    stillAsking: cueList,
    /**
     * "如果我已经转了钱……", "what if I already gave the code": what to do if it is gone, and a question.
     * Narrower than the `hypothetical` state cue in intents/deeds.yaml, which the deed model weighs:
     * "会不会" or "if i" help the model there, but here they would make "他让我转钱 会不会是骗子" a what-if.
     */
    hypothetical: cueList,
    /** After a what-if, words that own up to it ("…会怎样，其实我已经给了", "because I kinda did"): the deed is told. */
    confessed: cueList.default({ terms: [], patterns: [] }),
    /** Words that say a loss told now was reported long since ("上个月被骗了五万，已经报过案了"). */
    reported: cueList,
    /** The reply to such a loss: what to watch for now, not the emergency steps. */
    reportedReply: responseRef,
    /**
     * Words that place the loss today ("刚才", "this afternoon"): a loss told with its report is
     * still an emergency when it is this fresh (the bank, the station, the evidence are still to do).
     */
    fresh: cueList.default({ terms: [], patterns: [] }),
    /** Words that say the person has already called the police about the loss told ("打了110", "I've rung 110"). */
    called: cueList.default({ terms: [], patterns: [] }),
    /** The emergency's first line when the police were called already: not "call 110 now" again. */
    calledIntro: responseRef.optional(),
    /** Words that send the person to a police station: that ask, inside an emergency, is no caller wanting more. */
    toStation: cueList.default({ terms: [], patterns: [] }),
  }),
  answers: z.record(id, responseRef),
  verdict: z.strictObject({
    reasons: z.number().int().min(1).max(10),
    more: responseRef,
    moreNothingGiven: responseRef,
    heldBack: responseRef,
    /** Asked again whether it is real ("这个是真的吗"), after the verdict: its first message again. */
    askedAgain: cueList,
    askedNow: cueList,
    /** A deed the caller wants and the person has not done (or half done: "下载了还没打开"): its one line, when it fits the first message. */
    caution: z.record(id, responseRef).default({}),
  }),
  forwarded: z.strictObject({ noFlags: responseRef, linkOnly: responseRef }),
  reports: z.strictObject({
    /** Verdicts after which the bot offers to log the caller's number. */
    offerAt: z.array(z.enum(['high', 'medium'])),
    /** Replies that say yes to the offer, matched whole (case and spaces ignored). */
    yes: z.strictObject({ zh: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) }),
    offer: responseRef,
    recorded: responseRef,
    /** Others reported a number in this message: how many people and when last. */
    seen: responseRef,
    /** Asked whether a number is real, and nobody reported it: which is no sign it is safe. */
    none: responseRef,
  }),
  /** Abuse limits every channel shares (src/pipeline/turns.ts); per-minute rates are in the config. */
  limits: z
    .strictObject({
      /** One member's emergency in a group: the steps, then a private-chat offer, then quiet for this long. */
      groupUrgentMinutes: z.number().int().min(1).max(1440),
      /** The same text from the same person in the same chat within this is answered once. */
      repeatSeconds: z.number().int().min(0).max(86_400),
      /** Shorter texts are answers ("是", "没有") and may repeat. */
      repeatMinChars: z.number().int().min(1).max(100),
    })
    .default({ groupUrgentMinutes: 30, repeatSeconds: 600, repeatMinChars: 6 }),
});
export type Policy = z.infer<typeof policyFile>;

// ---------- dialogs/glossary.yaml ----------

export const glossaryFile = z.strictObject({
  /** "什么是紧急止付?": a term and its plain explanation. */
  terms: z.record(id, z.strictObject({ terms: z.array(nonEmpty).min(1), text: bilingual })),
});
export type Glossary = z.infer<typeof glossaryFile>['terms'];
