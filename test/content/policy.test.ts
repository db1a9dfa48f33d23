import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCopies } from '../helpers/content.js';
import { loadContent } from '../../src/content/load.js';
import { ContentError } from '../../src/content/yaml-file.js';
import { MessageReader } from '../../src/dialogs/read-message.js';

/** Policy is content: what an operator changes in dialogs/ is checked, and needs no code. */
const copies = contentCopies('callguard-policy-');
const copyContent = copies.copy;
afterEach(copies.cleanup);
const issuesOf = (root: string) => {
  try {
    loadContent(root);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map((i) => `${i.file}:${i.line} ${i.message}`);
    throw e;
  }
};
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `no "${String(from)}" in ${file}`).not.toBe(text);
  writeFileSync(file, next);
};

describe('policy as data', () => {
  it('refuses a policy list that names an intent no training file defines', () => {
    const root = copyContent();
    edit(join(root, 'dialogs', 'policy.yaml'), 'quietInGroups: [out_of_scope,', 'quietInGroups: [small_talk, out_of_scope,');
    edit(join(root, 'dialogs', 'policy.yaml'), 'general: [ask_does_call,', 'general: [ask_opening_hours, ask_does_call,');
    const issues = issuesOf(root);
    expect(issues.some((i) => /policy\.yaml.*unknown intent "small_talk"/.test(i))).toBe(true);
    expect(issues.some((i) => /policy\.yaml.*unknown intent "ask_opening_hours"/.test(i))).toBe(true);
  });

  it('a state cue renamed without refitting the urgent layer is an error that says to refit', () => {
    const root = copyContent();
    edit(join(root, 'intents', 'deeds.yaml'), /^ {2}ordinary:$/m, '  routine:');
    const issues = issuesOf(root);
    expect(issues.some((i) => /urgent-decision\.yaml.*missing cue\.routine.*unknown cue\.ordinary.*fit-urgent/.test(i))).toBe(true);
  });

  it('an urgent threshold outside 0-1 is refused', () => {
    const root = copyContent();
    edit(join(root, 'dialogs', 'policy.yaml'), /urgentDecision: [0-9.]+/, 'urgentDecision: 45');
    expect(issuesOf(root).some((i) => /policy\.yaml:\d+ .*<=\s*1/.test(i))).toBe(true);
  });

  it('a new intent with an FAQ answer is a question answered by it, without code', () => {
    const root = copyContent();
    writeFileSync(
      join(root, 'intents', 'training', 'ask_opening_hours.yaml'),
      'intent: ask_opening_hours\ndescription: When is the police station open.\nexamples: [派出所几点开门, 派出所周末上班吗, 派出所什么时候有人, when is the police station open, is the police station open on sunday]\n',
    );
    edit(join(root, 'dialogs', 'faq.yaml'), 'answers:\n', 'answers:\n  ask_opening_hours:\n    zh: 派出所 24 小时都能报案。\n    en: You can report at a police station at any hour.\n');
    const content = loadContent(root);
    expect(new MessageReader(content).roleOf('ask_opening_hours')).toBe('question');
  });

  it('a renamed hotline that the emergency needs is an error, not a silent loss of 110', () => {
    const root = copyContent();
    edit(join(root, 'dialogs', 'hotlines.yaml'), 'id: police_110', 'id: police');
    expect(issuesOf(root).some((i) => /policy\.yaml.*unknown hotline "police_110"/.test(i))).toBe(true);
  });

  it('every id policy.yaml names is checked: intents, messages, FAQ answers, computed answers, deeds', () => {
    const root = copyContent();
    const f = join(root, 'dialogs', 'policy.yaml');
    edit(f, 'ask_report: faq.ask_report', 'ask_report: faq.ask_reportt');
    edit(f, 'handled: emergency_handled', 'handled: emergency_handledd');
    edit(f, "ask_hotline: '@hotlines'", "ask_hotline: '@hotline'");
    edit(f, 'urgent: [money,', 'urgent: [cash,');
    edit(f, '  questions: [ask_message_real,', '  questions: [ask_nothing, ask_message_real,');
    edit(f, 'intro: urgent_intro_report', 'intro: urgent_intro_reportt');
    edit(f, 'thanks: emergency_thanks_report', 'thankyou: emergency_thanks_report');
    const issues = issuesOf(root).join('\n');
    expect(issues).toMatch(/no answer "ask_reportt" in dialogs\/faq\.yaml/);
    expect(issues).toMatch(/no message "emergency_handledd"/);
    expect(issues).toMatch(/"@hotline" is not a computed answer/);
    expect(issues).toMatch(/unknown deed "cash"/);
    expect(issues).toMatch(/unknown intent "ask_nothing"/);
    // A face scan's own emergency lines are checked like the others.
    expect(issues).toMatch(/no message "urgent_intro_reportt"/);
    expect(issues).toMatch(/unknown intent "thankyou"/);
  });

  it('an answer\'s follow-up variant must name a known intent or glossary term', () => {
    const root = copyContent();
    edit(join(root, 'dialogs', 'faq.yaml'), 'ask_answer_96110: &fake96110', 'ask_answer_9611: &fake96110');
    edit(join(root, 'dialogs', 'faq.yaml'), 'glossary.anti_fraud_96110: *fake96110', 'glossary.anti_fraud: *fake96110');
    const issues = issuesOf(root).join('\n');
    expect(issues).toMatch(/faq\.yaml:\d+ .*no intent "ask_answer_9611"/);
    expect(issues).toMatch(/faq\.yaml:\d+ .*no term "anti_fraud" in dialogs\/glossary\.yaml/);
  });

  it('a question with no answer anywhere is an error (it would get the fallback)', () => {
    const root = copyContent();
    edit(join(root, 'dialogs', 'policy.yaml'), '  ask_about_bot: faq.ask_about_bot\n', '');
    edit(join(root, 'dialogs', 'faq.yaml'), / {2}ask_about_bot:\n(?: {4}.*\n)+/, '');
    expect(issuesOf(root).some((i) => /question "ask_about_bot" has no answer/.test(i))).toBe(true);
  });

  it('deed examples name known deeds only', () => {
    const root = copyContent();
    writeFileSync(join(root, 'intents', 'deed-examples', 'zz-bad.yaml'), 'description: bad\nexamples:\n  - text: 我把存折给他了\n    deeds: {passbook: done}\n');
    expect(issuesOf(root).some((i) => /unknown deed "passbook"/.test(i))).toBe(true);
  });
});
