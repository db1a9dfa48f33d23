/**
 * Screenshots through the whole bot (in-process, real OCR worker): an image is read and judged
 * like forwarded text, after a line saying what the picture showed — without its personal data.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newUser, testApp } from '../helpers/app.js';

const shot = (name: string) => join('test/fixtures/screenshots', `${name}.png`);

describe('a screenshot sent to the bot', () => {
  it('of a scam SMS gets a high-risk verdict that says what it read, and never repeats the code', async () => {
    const app = await testApp();
    const out = await app.adapter.process({ user: newUser(), text: '', type: 'image', file: shot('sms-bank') });
    expect(out.risk).toBe('high');
    expect(out.scamType).toBe('bank_finance');
    expect(out.responses[0]).toBe('image_read_org_asks');
    expect(out.responses).toContain('verdict_high_message');
    // The first thing the person reads: the picture was read, who it claims to be, what it asks.
    expect(out.replies[0]).toMatch(/^我读了这张图片：对方自称银行，提到[^。]*验证码/);
    const all = out.replies.join('\n');
    expect(all).not.toContain('483920');
    expect(all).not.toContain('boc-cn.top');
  }, 60_000);

  it('has its text redacted at intake like typed text: the bot reads the SMS without its code', async () => {
    // The shared app (its OCR worker is already warm): the recorder added after the app's own
    // middleware (the privacy filter) sees what the bot and its NLU get, for this one person only.
    const app = await testApp();
    const user = newUser();
    const seen: string[] = [];
    app.adapter.use(async (context, next) => {
      if (context.activity.from.id === user) seen.push(context.activity.text ?? '');
      await next();
    });
    const out = await app.adapter.process({ user, text: '', type: 'image', file: shot('sms-bank') });
    expect(out.risk).toBe('high');
    expect(seen[0]).toContain('【中国银行】您的账户存在异常');
    expect(seen[0]).not.toContain('483920');
  }, 60_000);

  it('of a chat with a fake policeman gets the police-impersonation verdict', async () => {
    const app = await testApp();
    const out = await app.adapter.process({ user: newUser(), text: '', type: 'image', file: shot('chat-police') });
    expect(out).toMatchObject({ risk: 'high', scamType: 'police_judiciary' });
    expect(out.replies[0]).toMatch(/我读了这张图片：对方自称公安/);
    expect(out.responses).toContain('flag.money.safe_account');
  }, 60_000);

  it('of an ordinary parcel notice is not called a scam', async () => {
    const app = await testApp();
    const out = await app.adapter.process({ user: newUser(), text: '', type: 'image', file: shot('sms-courier') });
    expect(out.risk).not.toBe('high');
    expect(out.responses[0]).toMatch(/^image_read/);
    expect(out.replies.join('\n')).not.toContain('3-2-1034');
  }, 60_000);

  it('answers in the person’s language, not the screenshot’s', async () => {
    const app = await testApp();
    const user = newUser();
    await app.adapter.process({ user, text: 'I got a strange call from someone claiming to be my bank', type: 'text' });
    const out = await app.adapter.process({ user, text: '', type: 'image', file: shot('sms-bank') });
    expect(out.replies[0]).toMatch(/^I read the picture\. The sender claims to be: bank\. It mentions: verification code/);
    expect(out.risk).toBe('high');
  }, 60_000);

  it('that cannot be opened gets a kind request to resend or type it, and the conversation goes on', async () => {
    const app = await testApp();
    const user = newUser();
    const broken = await app.adapter.process({ user, text: '', type: 'image', file: 'package.json' });
    expect(broken.responses).toEqual(['image_unreadable']);
    expect(broken.replies[0]).toMatch(/再发一次截图|用文字说说/);
    const next = await app.adapter.process({ user, text: '说是检察院的，要我把钱转到安全账户', type: 'text' });
    expect(next.risk).toBe('high');
  }, 60_000);

  it('in a group is not read unless addressed to the bot', async () => {
    const app = await testApp();
    const room = newUser('room');
    const unasked = await app.adapter.process({ user: newUser(), room, text: '', type: 'image', file: shot('sms-bank') });
    expect(unasked.replies).toEqual([]);
    const asked = await app.adapter.process({ user: newUser(), room, mention: true, text: '', type: 'image', file: shot('sms-bank') });
    expect(asked.risk).toBe('high');
    expect(asked.responses[0]).toBe('image_read_org_asks');
  }, 60_000);

  it('with OCR off gets the note that pictures cannot be read', async () => {
    const app = await testApp({ OCR_ENABLED: 'false' });
    const out = await app.adapter.process({ user: newUser(), text: '', type: 'image', file: shot('sms-bank') });
    expect(out.responses).toEqual(['non_text_media']);
    await app.close();
  });
});
