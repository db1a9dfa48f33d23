import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { operatorAlerter } from '../../../src/channels/wechat/operator-alert.js';

describe('operator alerts', () => {
  it('log an error and POST a robot-webhook message to the configured URL', async () => {
    const bodies: unknown[] = [];
    const server = createServer((req, res) => {
      let b = '';
      req.on('data', (c: Buffer) => (b += c.toString()));
      req.on('end', () => {
        bodies.push(JSON.parse(b));
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?key=secret`;
    await operatorAlerter(url, log)({ event: 'wechat_logout', text: 'the WeChat account was logged out' });
    server.close();
    expect(bodies).toEqual([{ msgtype: 'text', text: { content: 'callguard: the WeChat account was logged out' }, event: 'wechat_logout' }]);
    const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(logged.some((l) => l.level === 50 && /logged out/.test(l.msg))).toBe(true);
    // The webhook's key never reaches the log.
    expect(lines.join('')).not.toContain('secret');
  });

  it('survive an unreachable webhook', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    await operatorAlerter('http://127.0.0.1:1/hook', log)({ event: 'wechat_logout', text: 'x' });
    expect(lines.join('')).toMatch(/webhook unreachable/);
  });
});
