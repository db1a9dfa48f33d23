import { describe, expect, it } from 'vitest';
import { noticesFrom } from '../../../src/channels/wechat/notices.js';
import { wechatyOptions, describePuppet } from '../../../src/channels/wechat/options.js';
import { qrcodeLink, renderQrcode, shouldShowQrcode } from '../../../src/channels/wechat/qrcode.js';
import { types } from 'wechaty';

describe('notices', () => {
  it('uses the content messages when present, with the keyword filled in', () => {
    const n = noticesFrom({ group_welcome: { zh: '欢迎！有事说“{keyword}”', en: 'Hi, say "{keyword}"' } }, ['反诈助手', 'callguard']);
    expect(n.greeting('zh')).toBe('欢迎！有事说“反诈助手”');
    expect(n.greeting('en')).toBe('Hi, say "callguard"');
    expect(n.slowDown('zh').length).toBeGreaterThan(0);
  });

  it('has stand-ins in both languages while the content lacks the keys', () => {
    const n = noticesFrom({}, ['反诈助手']);
    expect(n.greeting('zh')).toContain('反诈助手');
    expect(n.greeting('en')).toContain('反诈助手');
    expect(n.slowDown('en')).toMatch(/minute/);
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
