import { createHash } from 'node:crypto';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hasKeys, readCache, sourceFingerprint, writeCache } from '../util/cache-file.js';
import type { z } from 'zod';
import { COMPUTED_ANSWERS, CONTRACT_SCAM_TYPES, CORE_INTENTS, REQUIRED_ADMIN_MESSAGES, REQUIRED_MESSAGES } from './ids.js';
import {
  deedExamplesFile,
  deedsFile,
  faqFile,
  glossaryFile,
  hotlinesFile,
  policyFile,
  lexiconFile,
  messagesFile,
  redFlagsFile,
  scamTypesFile,
  trainingFile,
  urgentDecisionFile,
  verificationFile,
  type Bilingual,
  type FaqAnswer,
  type DeedExample,
  type DeedsFile,
  type Glossary,
  type Policy,
  type Hotline,
  type LexiconFile,
  type ScamTypeGuide,
  type TrainingFile,
  type UrgentDecisionFile,
  type VerificationSpec,
} from './schemas.js';
import { featureNames } from '../nlu/urgent-decision.js';
import { ContentError, parseYamlFile, type ContentIssue, type ParsedFile } from './yaml-file.js';

export interface Content {
  training: TrainingFile[];
  lexicons: LexiconFile[];
  hotlines: Hotline[];
  scamTypes: Record<string, ScamTypeGuide>;
  redFlags: Record<string, { weight: number; text?: Bilingual | undefined; label?: Bilingual | undefined; evenUnderPressure?: boolean | undefined; verifies?: boolean | undefined }>;
  verification: VerificationSpec;
  messages: Record<string, Bilingual>;
  faq: Record<string, FaqAnswer>;
  deeds: DeedsFile;
  policy: Policy;
  glossary: Glossary;
  /** Training examples of the deed model (intents/deed-examples/). */
  deedExamples: DeedExample[];
  /** The fitted "is something urgent gone" layer (intents/urgent-decision.yaml). */
  urgentDecision: UrgentDecisionFile;
  /** Hash of every content file's text: keys caches built from the content. */
  hash: string;
}

const CONTENT_KEYS = ['training', 'lexicons', 'hotlines', 'scamTypes', 'redFlags', 'verification', 'messages', 'faq', 'deeds', 'policy', 'glossary', 'deedExamples', 'urgentDecision', 'hash'] as const satisfies readonly (keyof Content)[];

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Flags that come from the shape of a phone number rather than from a lexicon. */
const NUMBER_FLAGS = ['fake_96110'];

/** Phone-number-like runs in a text: 3+ digits, optionally with a dash and more digits. */
const NUMBER_IN_TEXT = /(?<![\d.])\d{3,}(?:-\d{3,})?(?![\d.])/g;

/** Every content file, sorted, so the same content always hashes the same. */
function contentFiles(root: string): string[] {
  return [
    ...yamlFiles(join(root, 'dialogs')),
    ...yamlFiles(join(root, 'intents')),
    ...yamlFiles(join(root, 'intents', 'training')),
    ...yamlFiles(join(root, 'intents', 'lexicon')),
    ...yamlFiles(join(root, 'intents', 'deed-examples')),
  ];
}

/**
 * Like loadContent, but reuses the last validated result when no content file and no validation
 * rule changed (parsing and checking ~1,000 examples costs more than half the start-up time).
 * The cache holds exactly what a full validation of the same bytes returned.
 */
export function loadContentCached(root: string, cacheDir: string): Content {
  // The validator's own source is part of the key: a change to the rules must not reuse a cache
  // the old rules wrote.
  const h = createHash('sha256').update(sourceFingerprint(import.meta.url));
  for (const f of contentFiles(root)) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  const file = join(cacheDir, `content-${h.digest('hex').slice(0, 16)}.json`);
  const cached = readCache(file, (x): x is Content => hasKeys(x, CONTENT_KEYS) && typeof x.hash === 'string');
  if (cached) return cached;
  const content = loadContent(root);
  writeCache(file, 'content-', content);
  return content;
}

/**
 * Loads and checks everything under `<root>/intents` and `<root>/dialogs`. Throws ContentError
 * listing every problem (file, path, line) so that a bot never starts on broken content.
 */
export function loadContent(root: string): Content {
  const issues: ContentIssue[] = [];
  const hash = createHash('sha256');
  const rel = (f: string) => relative(process.cwd(), f) || f;

  function load<S extends z.ZodType>(file: string, schema: S): ParsedFile<z.output<S>> {
    const parsed = parseYamlFile(file, schema, rel(file));
    hash.update(relative(root, file)).update('\0').update(parsed.text).update('\0');
    issues.push(...parsed.issues);
    return parsed;
  }
  const dialogs = join(root, 'dialogs');
  const required = <S extends z.ZodType>(name: string, schema: S) => {
    const file = join(dialogs, name);
    if (!existsSync(file)) {
      issues.push({ file: rel(file), path: '', line: 0, message: 'file is missing' });
      return undefined;
    }
    return load(file, schema);
  };

  const trainingParsed = yamlFiles(join(root, 'intents', 'training')).map((f) => ({ f, p: load(f, trainingFile) }));
  const lexiconParsed = yamlFiles(join(root, 'intents', 'lexicon')).map((f) => ({ f, p: load(f, lexiconFile) }));
  const hotlinesP = required('hotlines.yaml', hotlinesFile);
  const scamTypesP = required('scam-types.yaml', scamTypesFile);
  const redFlagsP = required('red-flags.yaml', redFlagsFile);
  const verificationP = required('verification.yaml', verificationFile);
  const messagesP = required('messages.yaml', messagesFile);
  const faqP = required('faq.yaml', faqFile);
  const policyP = required('policy.yaml', policyFile);
  const glossaryP = required('glossary.yaml', glossaryFile);
  const deedsPath = join(root, 'intents', 'deeds.yaml');
  const deedsP = existsSync(deedsPath) ? load(deedsPath, deedsFile) : undefined;
  if (!deedsP) issues.push({ file: rel(deedsPath), path: '', line: 0, message: 'file is missing' });
  const deedExamplesParsed = yamlFiles(join(root, 'intents', 'deed-examples')).map((f) => ({ f, p: load(f, deedExamplesFile) }));
  if (deedExamplesParsed.length === 0) issues.push({ file: rel(join(root, 'intents', 'deed-examples')), path: '', line: 0, message: 'no deed example files found' });

  const decisionPath = join(root, 'intents', 'urgent-decision.yaml');
  const decisionP = existsSync(decisionPath) ? load(decisionPath, urgentDecisionFile) : undefined;
  if (!decisionP) issues.push({ file: rel(decisionPath), path: '', line: 0, message: 'file is missing (npm run nlu -- fit-urgent writes it)' });

  if (trainingParsed.length === 0) issues.push({ file: rel(join(root, 'intents', 'training')), path: '', line: 0, message: 'no training files found' });
  if (lexiconParsed.length === 0) issues.push({ file: rel(join(root, 'intents', 'lexicon')), path: '', line: 0, message: 'no lexicon files found' });

  // Cross-file checks run on whatever parsed, so one bad file does not hide problems in others.
  const scamTypeIds = new Set<string>(Object.keys(scamTypesP?.data?.scamTypes ?? {}));
  const at = (p: ParsedFile<unknown> | undefined, file: string, path: (string | number)[], message: string) =>
    issues.push({ file: rel(file), path: path.join('.'), ...(p?.positionOf(path) ?? { line: 0 }), message });

  if (scamTypesP?.data) {
    for (const id of CONTRACT_SCAM_TYPES) {
      if (!scamTypeIds.has(id)) at(scamTypesP, join(dialogs, 'scam-types.yaml'), ['scamTypes'], `contract scam type "${id}" has no guide`);
    }
  }

  const intents = new Map<string, string>();
  const exampleOwner = new Map<string, string>();
  for (const { f, p } of trainingParsed) {
    if (!p.data) continue;
    const prev = intents.get(p.data.intent);
    if (prev) at(p, f, ['intent'], `intent "${p.data.intent}" is already defined in ${prev}`);
    intents.set(p.data.intent, rel(f));
    p.data.examples.forEach((ex, i) => {
      const text = typeof ex === 'string' ? ex : ex.text;
      const key = text.trim().toLowerCase();
      const owner = exampleOwner.get(key);
      if (owner && owner !== p.data!.intent) at(p, f, ['examples', i], `example "${text}" is also an example of intent "${owner}"`);
      exampleOwner.set(key, p.data!.intent);
      if (typeof ex !== 'string' && ex.scamType && scamTypesP?.data && !scamTypeIds.has(ex.scamType)) {
        at(p, f, ['examples', i, 'scamType'], `unknown scam type "${ex.scamType}"`);
      }
    });
  }
  for (const core of CORE_INTENTS) {
    if (trainingParsed.length > 0 && !intents.has(core)) issues.push({ file: rel(join(root, 'intents', 'training')), path: '', line: 0, message: `core intent "${core}" has no training file` });
  }

  const hotlineById = new Map((hotlinesP?.data?.hotlines ?? []).map((h) => [h.id, h]));
  /** A hotline that content names must be a verified directory entry: the bot shows no other. */
  const checkHotline = (p: ParsedFile<unknown> | undefined, file: string, path: (string | number)[], h: string, consequence = '') => {
    if (!hotlinesP?.data) return;
    const line = hotlineById.get(h);
    if (!line) at(p, file, path, `unknown hotline "${h}" in dialogs/hotlines.yaml`);
    else if (!line.verified) at(p, file, path, `hotline "${h}" is not verified${consequence}`);
  };

  const lexiconIds = new Map<string, Set<string>>();
  for (const { f, p } of lexiconParsed) {
    if (!p.data) continue;
    const ids = lexiconIds.get(p.data.category) ?? new Set<string>();
    lexiconIds.set(p.data.category, ids);
    p.data.entries.forEach((e, i) => {
      if (ids.has(e.id)) at(p, f, ['entries', i, 'id'], `"${p.data!.category}.${e.id}" is defined twice`);
      ids.add(e.id);
      if (e.scamType && scamTypesP?.data && !scamTypeIds.has(e.scamType)) at(p, f, ['entries', i, 'scamType'], `unknown scam type "${e.scamType}"`);
      e.hotlines?.forEach((h, j) => checkHotline(p, f, ['entries', i, 'hotlines', j], h));
    });
  }

  const verifiedNumbers = new Set((hotlinesP?.data?.hotlines ?? []).filter((h) => h.verified).map((h) => h.number));
  const checkNumbers = (p: ParsedFile<unknown> | undefined, file: string, path: (string | number)[], text: string) => {
    if (!hotlinesP?.data) return;
    // Full-width digits and digits split by spaces are numbers to a reader too.
    const folded = text.normalize('NFKC').replace(/(\d)[ \u00a0](?=\d)/g, '$1');
    for (const m of folded.matchAll(NUMBER_IN_TEXT)) {
      // Area code + 96110 is how the real anti-fraud line shows up: an example, not a new number.
      const areaCode96110 = /^0\d{2,3}-96110$/.test(m[0]) && verifiedNumbers.has('96110');
      if (!verifiedNumbers.has(m[0]) && !areaCode96110) at(p, file, path, `"${m[0]}" is not a verified number in dialogs/hotlines.yaml: the bot shows only numbers from the directory`);
    }
  };
  const checkBilingual = (p: ParsedFile<unknown> | undefined, file: string, path: (string | number)[], b: Bilingual) => {
    checkNumbers(p, file, [...path, 'zh'], b.zh);
    checkNumbers(p, file, [...path, 'en'], b.en);
  };

  if (hotlinesP?.data) {
    // The directory's own texts are shown to users too.
    const f = join(dialogs, 'hotlines.yaml');
    hotlinesP.data.hotlines.forEach((h, i) => {
      if (!h.verified) return; // never shown
      checkBilingual(hotlinesP, f, ['hotlines', i, 'name'], h.name);
      checkBilingual(hotlinesP, f, ['hotlines', i, 'use'], h.use);
    });
  }
  if (scamTypesP?.data) {
    const f = join(dialogs, 'scam-types.yaml');
    for (const [id, g] of Object.entries(scamTypesP.data.scamTypes)) {
      g.hotlines.forEach((h, i) => checkHotline(scamTypesP, f, ['scamTypes', id, 'hotlines', i], h));
      checkBilingual(scamTypesP, f, ['scamTypes', id, 'now'], g.now);
      if (g.nowMessage) checkBilingual(scamTypesP, f, ['scamTypes', id, 'nowMessage'], g.nowMessage);
      g.facts.forEach((b, i) => checkBilingual(scamTypesP, f, ['scamTypes', id, 'facts', i], b));
      g.actions.forEach((b, i) => checkBilingual(scamTypesP, f, ['scamTypes', id, 'actions', i], b));
    }
  }
  if (redFlagsP?.data) {
    const f = join(dialogs, 'red-flags.yaml');
    for (const [key, flag] of Object.entries(redFlagsP.data.flags)) {
      const [cat, entry] = key.split('.') as [string, string];
      if (cat === 'number') {
        if (!NUMBER_FLAGS.includes(entry)) at(redFlagsP, f, ['flags', key], `number flags are ${NUMBER_FLAGS.join(', ')}`);
      } else if (lexiconParsed.length > 0 && !lexiconIds.get(cat)?.has(entry)) at(redFlagsP, f, ['flags', key], `no lexicon entry "${entry}" in category "${cat}"`);
      if (flag.text) checkBilingual(redFlagsP, f, ['flags', key, 'text'], flag.text);
    }
  }
  if (verificationP?.data) {
    const f = join(dialogs, 'verification.yaml');
    const a = verificationP.data.assessment;
    if (a.medium > a.high) at(verificationP, f, ['assessment', 'medium'], 'must not be above assessment.high');
    const flagKeys = Object.keys(redFlagsP?.data?.flags ?? {});
    a.combos.forEach((combo, i) => {
      for (const part of ['either', 'and', 'unless'] as const) {
        combo[part].forEach((k, j) => {
          const known = k.endsWith('.') ? flagKeys.some((x) => x.startsWith(k)) : flagKeys.includes(k);
          if (redFlagsP?.data && !known) at(verificationP, f, ['assessment', 'combos', i, part, j], `no red flag "${k}" in dialogs/red-flags.yaml`);
        });
      }
    });
    for (const intent of Object.keys(verificationP.data.intentConfidence)) {
      if (trainingParsed.length > 0 && !intents.has(intent)) at(verificationP, f, ['intentConfidence', intent], `unknown intent "${intent}"`);
    }
    // The dialog waits on this slot after a verdict ("if you already sent money, tell me").
    if (!verificationP.data.slots.some((s) => s.id === 'given')) at(verificationP, f, ['slots'], 'a slot "given" is needed: the dialog asks whether anything is already gone');
    verificationP.data.slots.forEach((s, i) => {
      s.answeredBy.forEach((intent, j) => {
        if (trainingParsed.length > 0 && !intents.has(intent)) at(verificationP, f, ['slots', i, 'answeredBy', j], `unknown intent "${intent}"`);
      });
      checkBilingual(verificationP, f, ['slots', i, 'question'], s.question);
      checkBilingual(verificationP, f, ['slots', i, 'rephrase'], s.rephrase);
    });
  }
  if (messagesP?.data) {
    const f = join(dialogs, 'messages.yaml');
    for (const key of [...REQUIRED_MESSAGES, ...REQUIRED_ADMIN_MESSAGES]) {
      if (!messagesP.data.messages[key]) at(messagesP, f, ['messages'], `message "${key}" is missing`);
    }
    for (const [key, b] of Object.entries(messagesP.data.messages)) checkBilingual(messagesP, f, ['messages', key], b);
  }
  if (faqP?.data) {
    const f = join(dialogs, 'faq.yaml');
    for (const [key, b] of Object.entries(faqP.data.answers)) {
      if (trainingParsed.length > 0 && !intents.has(key)) at(faqP, f, ['answers', key], `no intent "${key}" in intents/training`);
      checkBilingual(faqP, f, ['answers', key], b);
      for (const [topic, v] of Object.entries(b.after ?? {})) {
        checkBilingual(faqP, f, ['answers', key, 'after', topic], v);
        if (topic.startsWith('glossary.')) {
          if (glossaryP?.data && !glossaryP.data.terms[topic.slice(9)]) at(faqP, f, ['answers', key, 'after', topic], `no term "${topic.slice(9)}" in dialogs/glossary.yaml`);
        } else if (trainingParsed.length > 0 && !intents.has(topic)) at(faqP, f, ['answers', key, 'after', topic], `no intent "${topic}" in intents/training`);
      }
    }
  }

  if (deedsP?.data) {
    const f = deedsPath;
    const deedIds = new Set<string>();
    deedsP.data.deeds.forEach((d, i) => {
      if (deedIds.has(d.id)) at(deedsP, f, ['deeds', i, 'id'], `deed "${d.id}" is defined twice`);
      deedIds.add(d.id);
      if (d.given && lexiconParsed.length > 0 && !lexiconIds.get('given')?.has(d.given)) at(deedsP, f, ['deeds', i, 'given'], `no "given" lexicon entry "${d.given}"`);
      d.override.forEach((o, j) => lexiconParsed.length > 0 && !lexiconIds.get('given')?.has(o) && at(deedsP, f, ['deeds', i, 'override', j], `no "given" lexicon entry "${o}"`));
      if (d.asked && redFlagsP?.data && !redFlagsP.data.flags[d.asked]) at(deedsP, f, ['deeds', i, 'asked'], `no red flag "${d.asked}" in dialogs/red-flags.yaml`);
    });
    deedsP.data.negativesFrom.forEach((intent, i) => {
      if (trainingParsed.length > 0 && !intents.has(intent)) at(deedsP, f, ['negativesFrom', i], `unknown intent "${intent}"`);
    });
    const seen = new Map<string, string>();
    for (const { f: ef, p } of deedExamplesParsed) {
      p.data?.examples.forEach((ex, i) => {
        for (const deed of Object.keys(ex.deeds)) if (!deedIds.has(deed)) at(p, ef, ['examples', i, 'deeds', deed], `unknown deed "${deed}" (intents/deeds.yaml has ${[...deedIds].join(', ')})`);
        const key = ex.text.trim().toLowerCase();
        const labels = JSON.stringify(Object.entries(ex.deeds).sort());
        const prev = seen.get(key);
        if (prev !== undefined && prev !== labels) at(p, ef, ['examples', i], `example "${ex.text}" appears twice with different deeds`);
        seen.set(key, labels);
      });
    }
  }

  /** Message keys that code or dialogs/policy.yaml refer to: any other message is never shown. */
  const usedMessages = new Set<string>([...REQUIRED_MESSAGES, ...REQUIRED_ADMIN_MESSAGES]);
  if (policyP?.data && messagesP?.data && faqP?.data) {
    const f = join(dialogs, 'policy.yaml');
    const p = policyP.data;
    const knownIntent = (path: (string | number)[], intent: string) => {
      if (trainingParsed.length > 0 && !intents.has(intent)) at(policyP, f, path, `unknown intent "${intent}" (no file in intents/training)`);
    };
    p.intents.questions.forEach((x, i) => knownIntent(['intents', 'questions', i], x));
    p.intents.story.forEach((x, i) => knownIntent(['intents', 'story', i], x));
    p.intents.mayCarryStory.forEach((x, i) => knownIntent(['intents', 'mayCarryStory', i], x));
    p.intents.general.forEach((x, i) => knownIntent(['intents', 'general', i], x));
    p.intents.quietInGroups.forEach((x, i) => knownIntent(['intents', 'quietInGroups', i], x));
    p.intents.chitchat.forEach((x, i) => knownIntent(['intents', 'chitchat', i], x));
    for (const k of ['restart', 'handled', 'dispute'] as const) knownIntent(['intents', k], p.intents[k]);
    const roles = new Map<string, string>();
    for (const role of ['questions', 'story', 'chitchat'] as const) {
      p.intents[role].forEach((x, i) => {
        const prev = roles.get(x);
        if (prev) at(policyP, f, ['intents', role, i], `intent "${x}" is both in ${prev} and in ${role}`);
        roles.set(x, role);
      });
    }
    // Places the dialog shows as a text of their own: a message or an FAQ answer, never "@computed".
    const checkPlain = (path: (string | number)[], ref: string) => {
      if (ref.startsWith('@')) at(policyP, f, path, `"${ref}": only a message key or faq.<intent> can stand here`);
      else checkResponse(path, ref);
    };
    const checkResponse = (path: (string | number)[], ref: string) => {
      usedMessages.add(ref);
      if (ref.startsWith('@')) {
        if (!(COMPUTED_ANSWERS as readonly string[]).includes(ref.slice(1))) at(policyP, f, path, `"${ref}" is not a computed answer (${COMPUTED_ANSWERS.map((c) => `@${c}`).join(', ')})`);
      } else if (ref.startsWith('faq.')) {
        if (!faqP.data!.answers[ref.slice(4)]) at(policyP, f, path, `no answer "${ref.slice(4)}" in dialogs/faq.yaml`);
      } else if (!messagesP.data!.messages[ref]) at(policyP, f, path, `no message "${ref}" in dialogs/messages.yaml`);
    };
    const e = p.emergency;
    for (const k of ['intro', 'family', 'next', 'maybe', 'stop', 'again', 'handled', 'otherwise', 'reportedReply'] as const) checkPlain(['emergency', k], e[k]);
    if (e.calledIntro) checkPlain(['emergency', 'calledIntro'], e.calledIntro);
    for (const [intent, ref] of Object.entries(e.answers)) {
      knownIntent(['emergency', 'answers', intent], intent);
      checkResponse(['emergency', 'answers', intent], ref);
    }
    for (const [intent, ref] of Object.entries(p.answers)) {
      knownIntent(['answers', intent], intent);
      checkResponse(['answers', intent], ref);
    }
    for (const k of ['more', 'moreNothingGiven', 'heldBack'] as const) checkPlain(['verdict', k], p.verdict[k]);
    const deedIds = new Set((deedsP?.data?.deeds ?? []).map((d) => d.id));
    for (const [deed, ref] of Object.entries(p.verdict.caution)) {
      if (deedsP?.data && !deedIds.has(deed)) at(policyP, f, ['verdict', 'caution', deed], `unknown deed "${deed}" (intents/deeds.yaml)`);
      checkPlain(['verdict', 'caution', deed], ref);
    }
    for (const k of ['noFlags', 'linkOnly'] as const) checkPlain(['forwarded', k], p.forwarded[k]);
    for (const k of ['offer', 'recorded', 'seen', 'none'] as const) checkPlain(['reports', k], p.reports[k]);
    // Every question must have an answer, or it would be met with the fallback.
    p.intents.questions.forEach((q, i) => {
      if (!p.answers[q] && !faqP.data!.answers[q]) at(policyP, f, ['intents', 'questions', i], `question "${q}" has no answer in policy.yaml answers nor in dialogs/faq.yaml`);
    });
    // The emergency's hotlines must be real, verified directory entries: renaming 110 must not
    // silently drop it from the emergency reply.
    e.hotlines.forEach((h, i) => checkHotline(policyP, f, ['emergency', 'hotlines', i], h, ': the emergency reply would lose it'));
    if (deedsP?.data) {
      const deedIds = new Set(deedsP.data.deeds.map((d) => d.id));
      p.deeds.urgent.forEach((d, i) => deedIds.has(d) || at(policyP, f, ['deeds', 'urgent', i], `unknown deed "${d}" (intents/deeds.yaml)`));
      p.deeds.disclosure.forEach((d, i) => deedIds.has(d) || at(policyP, f, ['deeds', 'disclosure', i], `unknown deed "${d}" (intents/deeds.yaml)`));
      p.deeds.notAskedWhenDoubtful.forEach((d, i) => p.deeds.urgent.includes(d) || at(policyP, f, ['deeds', 'notAskedWhenDoubtful', i], `deed "${d}" is not in deeds.urgent`));
      for (const [deed, ref] of Object.entries(e.steps)) {
        if (!deedIds.has(deed)) at(policyP, f, ['emergency', 'steps', deed], `unknown deed "${deed}" (intents/deeds.yaml)`);
        checkPlain(['emergency', 'steps', deed], ref);
      }
      for (const [deed, w] of Object.entries(e.whenOnly)) {
        if (!p.deeds.urgent.includes(deed)) at(policyP, f, ['emergency', 'whenOnly', deed], `deed "${deed}" is not in deeds.urgent: it never opens an emergency`);
        checkPlain(['emergency', 'whenOnly', deed, 'intro'], w.intro);
        if (w.otherwise) checkPlain(['emergency', 'whenOnly', deed, 'otherwise'], w.otherwise);
        for (const [intent, ref] of Object.entries(w.answers)) {
          knownIntent(['emergency', 'whenOnly', deed, 'answers', intent], intent);
          checkResponse(['emergency', 'whenOnly', deed, 'answers', intent], ref);
        }
      }
      p.deeds.urgent.forEach((d, i) => e.steps[d] || at(policyP, f, ['deeds', 'urgent', i], `urgent deed "${d}" has no step in emergency.steps`));
      e.remind.forEach((d, i) => e.steps[d] || at(policyP, f, ['emergency', 'remind', i], `deed "${d}" has no step in emergency.steps to remind of`));
      e.nextSteps.deeds.forEach((d, i) => e.steps[d] || at(policyP, f, ['emergency', 'nextSteps', 'deeds', i], `deed "${d}" has no step in emergency.steps`));
      e.nextSteps.intents.forEach((x, i) => knownIntent(['emergency', 'nextSteps', 'intents', i], x));
    }
  }
  if (glossaryP?.data) {
    const f = join(dialogs, 'glossary.yaml');
    for (const [key, g] of Object.entries(glossaryP.data.terms)) checkBilingual(glossaryP, f, ['terms', key, 'text'], g.text);
  }

  if (messagesP?.data && policyP?.data) {
    const f = join(dialogs, 'messages.yaml');
    for (const key of Object.keys(messagesP.data.messages)) {
      if (!usedMessages.has(key)) at(messagesP, f, ['messages', key], `message "${key}" is never shown: neither the code nor dialogs/policy.yaml refers to it (remove it, or name it in policy.yaml)`);
    }
  }
  // The fit names its features; a cue renamed or added in deeds.yaml changes them: refit.
  if (decisionP?.data && deedsP?.data) {
    const want = featureNames({ cues: Object.keys(deedsP.data.stateCues) });
    const have = Object.keys(decisionP.data.weights);
    const missing = want.filter((n) => !have.includes(n));
    const unknown = have.filter((n) => !want.includes(n));
    if (missing.length > 0 || unknown.length > 0)
      at(decisionP, decisionPath, ['weights'], `the fit does not match the features (${[...missing.map((n) => `missing ${n}`), ...unknown.map((n) => `unknown ${n}`)].join(', ')}): run npm run nlu -- fit-urgent`);
  }
  if (issues.length > 0) throw new ContentError(issues);
  return {
    training: trainingParsed.map(({ p }) => p.data!),
    lexicons: lexiconParsed.map(({ p }) => p.data!),
    hotlines: hotlinesP!.data!.hotlines,
    scamTypes: scamTypesP!.data!.scamTypes,
    redFlags: redFlagsP!.data!.flags,
    verification: verificationP!.data!,
    messages: messagesP!.data!.messages,
    faq: faqP!.data!.answers,
    deeds: deedsP!.data!,
    policy: policyP!.data!,
    glossary: glossaryP!.data!.terms,
    deedExamples: deedExamplesParsed.flatMap(({ p }) => p.data!.examples),
    urgentDecision: decisionP!.data!,
    hash: hash.digest('hex').slice(0, 16),
  };
}
