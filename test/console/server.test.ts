/**
 * The operator console over HTTP: Web Chat's Direct Line calls reach the same pipeline as every
 * channel and each turn comes back with what the pipeline decided; the console serves only this
 * machine unless a token is configured; its pictures are safe to put in a page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { barsSvg, confusionMatrixSvg } from '../../src/console/charts.js';
import { TURN_EVENT } from '../../src/console/direct-line.js';
import { readNluReport } from '../../src/console/nlu-report.js';
import { startConsole, type ConsoleServer } from '../../src/console/server.js';
import { silentLogger } from '../../src/util/log.js';
import { testApp } from '../helpers/app.js';
import { consoleChat as chat, inspectionOf } from '../helpers/console.js';

const servers: ConsoleServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function consoleWith(token = ''): Promise<ConsoleServer> {
  const s = await startConsole(await testApp(), { port: 0, host: '127.0.0.1', token, nluReport: 'test/console/fixtures/nlu-eval.json', reloader: null }, silentLogger);
  servers.push(s);
  return s;
}

const json = { 'content-type': 'application/json' };

describe('the console chat (Direct Line for Web Chat)', () => {
  it('answers through the pipeline and tells, per turn, what it decided', async () => {
    const s = await consoleWith();
    const [echo, ...rest] = await chat(s.url, '有个自称网信办的人打电话说要停我的号，还问我家保姆几点出门');
    // Web Chat marks its message sent when the echo carries its client id back.
    expect(echo).toMatchObject({ type: 'message', from: { role: 'user' }, channelData: { clientActivityID: 'c-1' } });
    const replies = rest.filter((a) => a.type === 'message');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((a) => a.from.role === 'bot' && a.replyToId === echo!.id)).toBe(true);
    expect(replies[0]!.text).toMatch(/诈骗/);
    const turn = inspectionOf(rest);
    expect(turn).toMatchObject({ turn: 1, intent: 'describe_call', scamType: 'cyberspace_admin', risk: 'high' });
    expect(turn.responses[0]).toBe('verdict_high');
    expect(turn.nlu!.flags).toContain('organisation.cac');
    expect(turn.case!.answered).toContain('identity');
  });

  it('refuses an unknown conversation and a post that is not JSON', async () => {
    const s = await consoleWith();
    expect((await fetch(`${s.url}v3/directline/conversations/nope/activities`)).status).toBe(404);
    const form = await fetch(`${s.url}v3/directline/conversations`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(415);
  });
});

describe('who may use the console', () => {
  it('without a token, serves only local names: a rebound domain gets nothing', async () => {
    const s = await consoleWith();
    expect((await fetch(`${s.url}api/overview`)).status).toBe(200);
    const port = new URL(s.url).port;
    // fetch will not set Host; node's http will.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/api/overview', headers: { host: `attacker.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(401);
  });

  it('with a token, wants it on every data and chat request, but the page itself loads', async () => {
    const token = 'console-token-0123456789';
    const s = await consoleWith(token);
    expect((await fetch(s.url)).status).toBe(200);
    expect((await fetch(`${s.url}api/overview`)).status).toBe(401);
    expect((await fetch(`${s.url}api/overview`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await fetch(`${s.url}v3/directline/conversations`, { method: 'POST', headers: json, body: '{}' })).status).toBe(401);
    const activities = await chat(s.url, '你好', { authorization: `Bearer ${token}` });
    expect(activities.some((a) => a.name === TURN_EVENT)).toBe(true);
  });

  it('will not listen beyond this machine without a token', async () => {
    expect(() => loadConfig({ CONSOLE_PORT: '3980', CONSOLE_HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ CONSOLE_PORT: '3980', CONSOLE_HOST: '0.0.0.0', CONSOLE_TOKEN: 'short' })).toThrow(ConfigError);
    expect(loadConfig({ CONSOLE_PORT: '3980', CONSOLE_HOST: '0.0.0.0', CONSOLE_TOKEN: 'a-long-random-console-token' }).CONSOLE_HOST).toBe('0.0.0.0');
    await expect(startConsole(await testApp(), { port: 0, host: '0.0.0.0', token: '', nluReport: '', reloader: null }, silentLogger)).rejects.toThrow(/CONSOLE_TOKEN/);
  });
});

describe('the console panes', () => {
  it('serves the NLU report with its confusion matrices, and says when it is missing or out of date', async () => {
    const missing = await readNluReport('test/console/fixtures/none.json', 'x');
    expect(missing).toMatchObject({ status: 'missing', command: 'npm run nlu -- eval' });
    const s = await consoleWith();
    const r = (await (await fetch(`${s.url}api/nlu`)).json()) as { status: string; stale: boolean; intents: { picture: string; accuracy: number } };
    expect(r.status).toBe('ok');
    expect(r.intents.picture).toMatch(/^<svg[^>]*role="img"/);
    expect(r.intents.accuracy).toBeGreaterThan(0.5);
    const other = await readNluReport('test/console/fixtures/nlu-eval.json', 'some-other-content');
    expect(other).toMatchObject({ status: 'ok', stale: true });
  });

  it('draws labels as text, never as markup', () => {
    expect(barsSvg('t', { '<img src=x onerror=alert(1)>': 2 })).not.toContain('<img');
    const m = confusionMatrixSvg('m', ['a&b', '"c"'], [[1, 0], [2, 3]]);
    expect(m).toContain('a&amp;b');
    expect(m.match(/class="cell"/g)).toHaveLength(4);
  });

  it('shows the stats as charts, after the turns just made', async () => {
    const s = await consoleWith();
    await chat(s.url, '他说是检察院的，要我把钱转到安全账户');
    const st = (await (await fetch(`${s.url}api/stats?days=7`)).json()) as { turns: number; charts: Record<string, string> };
    expect(st.turns).toBeGreaterThan(0);
    expect(st.charts.byScamType).toContain('police_judiciary');
    expect(Object.values(st.charts).every((c) => c.startsWith('<svg'))).toBe(true);
    expect((await fetch(`${s.url}api/stats?days=0`)).status).toBe(400);
  });
});
