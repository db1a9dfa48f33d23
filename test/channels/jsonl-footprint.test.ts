import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'callguard-footprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages any process of `npm run chat -- --jsonl` loaded, by the time it exits after one answer. */
function packagesLoaded(): Promise<{ answer: Record<string, unknown>; packages: string[] }> {
  const lists = join(dir, 'loaded');
  mkdirSync(lists);
  return new Promise((done, reject) => {
    const p = spawn('npm', ['run', '--silent', 'chat', '--', '--jsonl'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, STORAGE: 'embedded', DATA_DIR: dir, LIST_MODULES_DIR: lists, NODE_OPTIONS: `--require ${resolve('test/fixtures/list-modules.cjs')}` },
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', () => {
      const packages = readdirSync(lists).flatMap((f) => readFileSync(join(lists, f), 'utf8').split('\n'));
      done({ answer: JSON.parse(out.split('\n')[0]!) as Record<string, unknown>, packages });
    });
    p.stdin.end(`${JSON.stringify({ user: 'a', text: '有人打电话说是网信办的，要停我的号码' })}\n`);
  });
}

describe('the JSON-lines bot, answering text', () => {
  it('answers without loading the Bot Framework connector, Azure sign-in, OCR or Web Chat (memory an idle text bot does not need)', { timeout: 60_000 }, async () => {
    const { answer, packages } = await packagesLoaded();
    expect(answer).toMatchObject({ scamType: 'cyberspace_admin', risk: 'high' });
    expect(packages).toContain('botbuilder-core');
    for (const heavy of ['botframework-connector', '@azure/identity', '@azure/msal-node', '@azure/core-rest-pipeline', 'botbuilder', 'sharp', 'onnxruntime-node', 'botframework-webchat']) {
      expect(packages, heavy).not.toContain(heavy);
    }
  });

  it('still finds the Bot Framework classes botbuilder-core loads only on first use', async () => {
    // patches/botbuilder-core+*.patch makes these exports lazy; the Bot Framework channel needs them.
    const core = await import('botbuilder-core');
    expect(typeof core.CloudAdapterBase).toBe('function');
    expect(typeof core.ConfigurationBotFrameworkAuthentication).toBe('function');
    expect(typeof core.ShowTypingMiddleware).toBe('function');
    const stdlib = await import('botbuilder-stdlib');
    expect(typeof stdlib.AzureCoreHttpCompat.ServiceClientContext).toBe('function');
  });
});
