/**
 * test/conversations/*.yaml: conversations as data (README "Conversation tests"). Each runs
 * in-process through the same pipeline as every channel; a failure shows what was said, what was
 * expected, and what the bot chose and said. `npm run test:conversations` runs only these.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/content/yaml-file.js';
import { loadConversations, play } from '../src/testing/conversations.js';
import { testApp } from './helpers/app.js';

const { sets, issues } = loadConversations('test/conversations');
const app = await testApp();

it('test/conversations/*.yaml are valid', () => {
  expect(issues.map(formatIssue)).toEqual([]);
});

for (const set of sets) {
  describe(set.file, () => {
    for (const c of set.conversations) {
      // A pending conversation must still fail: the day it passes, this says so.
      const test = c.pending ? it.fails : it;
      test(c.id, async () => {
        const problems = await play(c, set.file, (m) => app.adapter.process(m));
        if (problems.length > 0) throw new Error(`\n${problems.join('\n')}${c.pending ? `\n(pending: ${c.pending})` : ''}`);
      });
    }
  });
}
