import { describe, expect, it } from 'vitest';
import { noticesFrom } from '../../../src/channels/wechat/notices.js';
import { wechatyOptions, describePuppet } from '../../../src/channels/wechat/options.js';
import { qrcodeLink, renderQrcode, shouldShowQrcode } from '../../../src/channels/wechat/qrcode.js';
import { types } from 'wechaty';
import { loadContent } from '../../../src/content/load.js';

describe('notices', () => {
  it('come from the content messages, with the keyword in the reader\'s script', () => {
    const n = noticesFrom(
      { group_welcome: { zh: '欢迎！有事说“{keyword}”', en: 'Hi, say "{keyword}"' }, rate_limited: { zh: '请稍等', en: 'Please wait a minute' } },
      ['反诈助手', 'callguard'],
    );
    expect(n.greeting('zh')).toBe('欢迎！有事说“反诈助手”');
    expect(n.greeting('en')).toBe('Hi, say "callguard"');
    expect(n.slowDown('en')).toMatch(/minute/);
  });

  it('the shipped content has both notices in both languages', () => {
    const n = noticesFrom(loadContent('.').messages, ['反诈助手']);
    for (const lang of ['zh', 'en'] as const) {
      expect(n.greeting(lang)).toContain('反诈助手');
      expect(n.slowDown(lang).length).toBeGreaterThan(0);
    }
  });
});

describe('puppet options', () => {
  const base = { WECHATY_NAME: 'callguard', WECHATY_PUPPET_SERVICE_TOKEN: '' } as const;

  it('names the puppet and keeps the session name', () => {
    expect(wechatyOptions({ ...base, WECHATY_PUPPET: 'wechaty-puppet-wechat4u' })).toEqual({ name: 'callguard', puppet: 'wechaty-puppet-wechat4u' });
  });

  it('passes the token to puppet-service only', () => {
    const service = wechatyOptions({ ...base, WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_x_123' });
    expect(service).toMatchObject({ puppet: 'wechaty-puppet-service', puppetOptions: { token: 'puppet_x_123' } });
    expect(wechatyOptions({ ...base, WECHATY_PUPPET: 'wechaty-puppet-wechat4u', WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_x_123' })).not.toHaveProperty('puppetOptions');
  });

  it('refuses an empty puppet and never describes the token itself', () => {
    expect(() => wechatyOptions({ ...base, WECHATY_PUPPET: '' })).toThrow(/WECHATY_PUPPET/);
    expect(JSON.stringify(describePuppet({ ...base, WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 'secret' }))).not.toContain('secret');
  });
});

describe('login QR code', () => {
  it('links to the QR code page with the code encoded', () => {
    expect(qrcodeLink('https://login.weixin.qq.com/l/ab==')).toBe('https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Fab%3D%3D');
  });

  it('draws the code only when a scan is awaited', () => {
    expect(shouldShowQrcode(types.ScanStatus.Waiting)).toBe(true);
    expect(shouldShowQrcode(types.ScanStatus.Timeout)).toBe(true);
    expect(shouldShowQrcode(types.ScanStatus.Scanned)).toBe(false);
    expect(shouldShowQrcode(types.ScanStatus.Confirmed)).toBe(false);
    expect(renderQrcode('hello').split('\n').length).toBeGreaterThan(5);
  });
});
