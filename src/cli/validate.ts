/**
 * `npm run validate`: checks every file in dialogs/ and intents/ (syntax, schema, cross-file
 * references, numbers shown to users) and exits non-zero on any problem.
 */
import { loadContent } from '../content/load.js';
import { ContentError, formatIssue } from '../content/yaml-file.js';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? '.';
try {
  const c = loadContent(root);
  const examples = c.training.reduce((n, t) => n + t.examples.length, 0);
  const entries = c.lexicons.reduce((n, l) => n + l.entries.length, 0);
  console.log(
    `content ok: ${c.training.length} intents, ${examples} examples, ${c.lexicons.length} lexicons (${entries} entries), ` +
      `${Object.keys(c.scamTypes).length} scam types, ${c.hotlines.length} hotlines, ${Object.keys(c.messages).length} messages`,
  );
} catch (e) {
  if (e instanceof ContentError) {
    for (const i of e.issues) console.error(formatIssue(i));
    console.error(`${e.issues.length} problem(s) found`);
    process.exit(1);
  }
  throw e;
}
