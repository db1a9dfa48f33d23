import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCopies } from '../helpers/content.js';
import { loadContent } from '../../src/content/load.js';
import { CONTRACT_SCAM_TYPES } from '../../src/content/ids.js';
import { ContentError } from '../../src/content/yaml-file.js';

const copies = contentCopies('callguard-content-');
const copyContent = copies.copy;
afterEach(copies.cleanup);

function issuesOf(root: string) {
  try {
    loadContent(root);
  } catch (e) {
    if (e instanceof ContentError) return e.issues;
    throw e;
  }
  return [];
}

describe('loadContent', () => {
  it('loads the shipped content, with a guide for every contract scam type', () => {
    const c = loadContent('.');
    for (const id of CONTRACT_SCAM_TYPES) expect(c.scamTypes[id]).toBeDefined();
    expect(c.training.reduce((n, t) => n + t.examples.length, 0)).toBeGreaterThan(300);
    expect(c.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports broken YAML with its file and line', () => {
    const d = copyContent();
    const f = join(d, 'dialogs', 'faq.yaml');
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.splice(3, 0, '  broken: [unclosed');
    writeFileSync(f, lines.join('\n'));
    const issues = issuesOf(d);
    const hit = issues.find((i) => i.file.endsWith('faq.yaml'));
    expect(hit).toBeDefined();
    expect(hit!.line).toBeGreaterThanOrEqual(4);
    expect(hit!.message).toMatch(/YAML/);
  });

  it('reports a key written twice with its line, not the value of either', () => {
    const d = copyContent();
    const f = join(d, 'dialogs', 'messages.yaml');
    const text = readFileSync(f, 'utf8');
    const at = text.indexOf('\n  urgent_intro:');
    writeFileSync(f, text.slice(0, at) + '\n  urgent_intro:\n    zh: 重复\n    en: twice' + text.slice(at));
    const hit = issuesOf(d).find((i) => i.file.endsWith('messages.yaml'));
    expect(hit?.message).toMatch(/YAML.*(unique|duplicate)/i);
    // The second one is the repeat: the shipped entry, after the three lines put before it.
    expect(hit!.line).toBe(text.slice(0, at).split('\n').length + 4);
  });

  it('names the path and line of a schema error', () => {
    const d = copyContent();
    const f = join(d, 'dialogs', 'verification.yaml');
    const text = readFileSync(f, 'utf8').replace(/maxQuestions: \d+/, 'maxQuestions: many');
    writeFileSync(f, text);
    const issue = issuesOf(d).find((i) => i.path === 'assessment.maxQuestions');
    expect(issue).toBeDefined();
    const line = text.split('\n').find((l) => l.includes('maxQuestions'))!;
    expect(issue!.line).toBe(text.split('\n').indexOf(line) + 1);
    // The column of the bad value, where an editor's cursor should land.
    expect(issue!.column).toBe(line.indexOf('many') + 1);
  });

  it('refuses a number shown to users that is not a verified hotline', () => {
    const d = copyContent();
    const f = join(d, 'dialogs', 'messages.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/(thanks_reply:\s*\n\s*zh: )/, '$1请打 12345678 '));
    expect(issuesOf(d).some((i) => /12345678/.test(i.message))).toBe(true);
  });

  it('refuses a message nothing shows (an unreachable response), and accepts it once policy names it', () => {
    const d = copyContent();
    const f = join(d, 'dialogs', 'messages.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^messages:\n/m, 'messages:\n  stop_now_old:\n    zh: 先停下。\n    en: Stop first.\n'));
    const issue = issuesOf(d).find((i) => /stop_now_old/.test(i.message));
    expect(issue?.message).toMatch(/never shown/);
    expect(issue?.line).toBeGreaterThan(0);
    const p = join(d, 'dialogs', 'policy.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('  stop: urgent_stop', '  stop: stop_now_old'));
    expect(issuesOf(d).filter((i) => /stop_now_old/.test(i.message))).toEqual([]);
  });

  it('refuses a training example with an unknown scam type, and a missing contract type', () => {
    const d = copyContent();
    const f = join(d, 'dialogs', 'scam-types.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^ {2}recovery:/m, '  recovered:'));
    const issues = issuesOf(d);
    expect(issues.some((i) => /contract scam type "recovery"/.test(i.message))).toBe(true);
    expect(issues.some((i) => /unknown scam type "recovery"/.test(i.message))).toBe(true);
  });

  it('refuses deeds content that renames a state cue the deed read relies on', () => {
    const d = copyContent();
    const f = join(d, 'intents', 'deeds.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^ {2}others:/m, '  other_people:'));
    const issue = issuesOf(d).find((i) => i.file.endsWith('deeds.yaml'));
    expect(issue?.path).toBe('stateCues.others');
    expect(issue?.message).toMatch(/by name/);
  });

  it('npm run validate exits non-zero and prints file:line on a broken file', () => {
    const d = copyContent();
    writeFileSync(join(d, 'intents', 'training', 'zz_broken.yaml'), 'intent: greeting\nexamples:\n  - "hi\n');
    // The command npm run validate runs (tsx src/cli/validate.ts), without npm's and npx's start-up.
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', d], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/zz_broken\.yaml:\d+/);
  });
});
