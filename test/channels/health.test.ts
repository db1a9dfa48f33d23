import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startHealthServer } from '../../src/channels/health.js';
import { silentLogger } from '../../src/util/log.js';
import { testApp } from '../helpers/app.js';

describe('GET /healthz', () => {
  it('says storage answers and content is loaded; 503 while WeChat is logged out', async () => {
    const app = await testApp({ LOG_LEVEL: 'silent' });
    const h = await startHealthServer(app, { HEALTH_PORT: 0, HEALTH_HOST: '127.0.0.1' }, silentLogger);
    const base = `http://127.0.0.1:${(h.server.address() as AddressInfo).port}`;
    try {
      const ok = await fetch(`${base}/healthz`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ ok: true, storage: { engine: 'memory', reachable: true }, content: { loaded: true, hash: app.content.hash }, wechat: null });

      app.status.wechatLoggedIn = () => false;
      const out = await fetch(`${base}/healthz`);
      expect(out.status).toBe(503);
      expect(await out.json()).toMatchObject({ ok: false, wechat: { loggedIn: false } });
      expect((await fetch(`${base}/other`)).status).toBe(404);
    } finally {
      await h.close();
      await app.close();
    }
  });
});
