/**
 * `npm run validate`: checks every file in dialogs/ and intents/ (syntax, schema, cross-file
 * references, numbers shown to users) and exits non-zero on any problem.
 */
import { loadContent } from '../content/load.js';
import { ContentError, formatIssue } from '../content/yaml-file.js';
import { NluEngine } from '../nlu/engine.js';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? '.';
try {
  const c = loadContent(root);
  const examples = c.training.reduce((n, t) => n + t.examples.length, 0);
  const entries = c.lexicons.reduce((n, l) => n + l.entries.length, 0);
  console.log(
    `content ok: ${c.training.length} intents, ${examples} examples, ${c.lexicons.length} lexicons (${entries} entries), ` +
      `${Object.keys(c.scamTypes).length} scam types, ${c.hotlines.length} hotlines, ${Object.keys(c.messages).length} messages`,
  );
  // A stale fit still works (the features match) but was weighed on readings of other examples:
  // a warning, so an operator's new examples go live at once and the 3-minute refit can follow.
  if (c.urgentDecision.fittedOn !== NluEngine.trainingKeys(c).deeds)
    console.warn('warning: intents/urgent-decision.yaml was fitted before the last change to the deed examples, intents/deeds.yaml or the lexicons: run `npm run nlu -- fit-urgent` (about 7 minutes on 2 cores) and commit it');
} catch (e) {
  if (e instanceof ContentError) {
    for (const i of e.issues) console.error(formatIssue(i));
    console.error(`${e.issues.length} problem(s) found`);
    process.exit(1);
  }
  throw e;
}
