import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { settings } from '../../src/config/schema.js';

describe('loadConfig', () => {
  it('runs on defaults alone: the terminal chat needs no settings', () => {
    const c = loadConfig({});
    expect(c.WECHATY_PUPPET).toBe('');
    expect(c.GROUP_MODE).toBe('guard');
    expect(c.BOT_KEYWORDS).toEqual(['反诈助手', 'callguard']);
    expect(c.GROUP_COOLDOWN_SECONDS).toBe(600);
  });

  it('parses lists, booleans and numbers', () => {
    const c = loadConfig({ OPERATOR_IDS: 'wxid_a, wxid_b', GROUP_GREET_NEW_MEMBERS: 'yes', NLU_FALLBACK_THRESHOLD: '0.6' });
    expect(c.OPERATOR_IDS).toEqual(['wxid_a', 'wxid_b']);
    expect(c.GROUP_GREET_NEW_MEMBERS).toBe(true);
    expect(c.NLU_FALLBACK_THRESHOLD).toBe(0.6);
  });

  it.each([
    ['GROUP_MODE', 'loud'],
    ['GROUP_COOLDOWN_SECONDS', 'ten'],
    ['NLU_FALLBACK_THRESHOLD', '1.5'],
    ['LOG_LEVEL', 'verbose'],
    ['WECHAT_ACCEPT_ROOM_INVITES', 'maybe'],
  ])('rejects %s=%s naming the variable and an example', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain(name);
      expect(msg).toContain(`example: ${name}=`);
      expect(msg.split('\n')).toHaveLength(1);
    }
  });

  it('needs a token for the puppet service', () => {
    expect(() => loadConfig({ WECHATY_PUPPET: 'wechaty-puppet-service' })).toThrow(/WECHATY_PUPPET_SERVICE_TOKEN/);
  });

  it('needs app id, secret and token for an Official Account', () => {
    const oa = { WECHATY_PUPPET: 'wechaty-puppet-official-account', WECHATY_PUPPET_OA_APP_ID: 'wx1', WECHATY_PUPPET_OA_APP_SECRET: 's', WECHATY_PUPPET_OA_TOKEN: 'tok123' };
    expect(loadConfig(oa).WECHATY_PUPPET_OA_HOST).toBe('127.0.0.1');
    expect(() => loadConfig({ ...oa, WECHATY_PUPPET_OA_TOKEN: '' })).toThrow(/WECHATY_PUPPET_OA_TOKEN/);
  });

  it('documents every setting in .env.example, and nothing else', () => {
    const documented = [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(settings).sort());
  });

  it('stops start-up with exit code 2 and one line on stderr', () => {
    // node itself, not npx: npm's own warnings (the .npmrc key for onnxruntime-node) are not the bot's.
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'chat', '--jsonl'], {
      env: { ...process.env, GROUP_MODE: 'loud' },
      input: '',
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/GROUP_MODE.*example: GROUP_MODE=guard/);
  });
});
