/** The blind single-message tables the deed benches score on, read as "is something urgent gone". */
import { readFileSync } from 'node:fs';
import { loadContent } from '../src/content/load.js';
import { donePolicy } from '../src/nlu/deed-eval.js';
import { NluEngine } from '../src/nlu/engine.js';
import { LexiconMatcher } from '../src/nlu/lexicon.js';
import { Segmenter } from '../src/nlu/tokenize.js';

export interface Item {
  text: string;
  urgent: boolean;
}

interface Row {
  text?: string;
  urgent?: boolean;
  deeds?: { deed: string; state: string }[];
  turns?: { text: string }[];
  expect?: { urgent?: boolean };
}

/** Round tables say `urgent`; the held-out table says which deeds are in which state; scenario sets give a first turn. */
export function table(file: string, urgentDeeds: readonly string[]): Item[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Row[];
  return raw.map((x) => ({
    text: x.turns?.[0]?.text ?? x.text ?? '',
    urgent: x.urgent ?? x.expect?.urgent ?? (x.deeds ?? []).some((d) => d.state === 'done' && urgentDeeds.includes(d.deed)),
  }));
}

/** What the deed benches read with: the content, the bot's urgent rule and the NLU's text preparation. */
export function benchContent() {
  const content = loadContent('.');
  const segmenter = new Segmenter(LexiconMatcher.terms(content.lexicons));
  return { content, policy: donePolicy(content.policy), segmenter, matcher: new LexiconMatcher(content.lexicons), homophones: NluEngine.homophones(content, segmenter) };
}
