import { describe, expect, it } from 'vitest';
import { newUser, testApp } from '../helpers/app.js';
import type { IncomingMessage } from '../../src/pipeline/message.js';

/** Group behaviour through the shared pipeline: the same code the JSON-lines and WeChat channels run. */
let clock = 1_000_000;
const groupApp = await testApp({ GROUP_COOLDOWN_SECONDS: '600' }, () => clock);
const privateApp = await testApp();

describe('in a group', () => {
  const app = groupApp;
  const say = (m: Partial<IncomingMessage> & { room: string }) => app.adapter.process({ user: newUser(), text: '', type: 'text', ...m });
  const risky = '刚才有人打电话说是公安局的，让我把钱转到安全账户，还要我把验证码告诉他';

  it('stays silent on chit-chat, even about calls, unless addressed', async () => {
    const room = newUser('room');
    for (const text of ['晚上几点开会？', '哈哈哈', '今天谁去买菜', '刚才我妈打电话让我回家吃饭']) {
      expect((await say({ room, text })).replies).toEqual([]);
    }
  });

  it('answers when @-mentioned or called by keyword, briefly, offering a private chat', async () => {
    const room = newUser('room');
    const byMention = await say({ room, text: '帮我看看，有人说是公安局的要我做笔录', mention: true });
    const byKeyword = await say({ room, text: '反诈助手 有人说是公安局的要我做笔录' });
    for (const out of [byMention, byKeyword]) {
      expect(out.replies).toHaveLength(1);
      expect(out.replies[0]).toMatch(/私聊/);
      expect(out.risk).toBe('high');
    }
  });

  it('in guard mode stays quiet when a neighbour passes on an anti-fraud warning', async () => {
    const room = newUser('room');
    const warning = '今天社区民警来做反诈宣传了，说凡是自称公检法让你转账到安全账户的都是骗子';
    expect((await say({ room, text: warning })).replies).toEqual([]);
  });

  it('in guard mode answers at once when money is already gone, cooldown or not', async () => {
    const room = newUser('room');
    expect((await say({ room, text: risky })).replies).toHaveLength(1);
    const urgent = await say({ room, text: '我妈刚才已经把三万块转过去了，怎么办' });
    expect(urgent.urgent).toBe(true);
    expect(urgent.replies[0]).toMatch(/110/);
  });

  it('in guard mode speaks unasked once, then waits for the cooldown', async () => {
    const room = newUser('room');
    expect((await say({ room, text: risky })).replies).toHaveLength(1);
    expect((await say({ room, text: risky })).replies).toEqual([]);
    clock += 601_000;
    expect((await say({ room, text: risky })).replies).toHaveLength(1);
  });

  it('mode and language follow admin commands; others get a polite no', async () => {
    const room = newUser('room');
    const refused = await say({ room, text: '反诈助手 模式 mention' });
    expect(refused.replies[0]).toMatch(/群主|管理员/);
    expect((await say({ room, text: risky })).replies).toHaveLength(1); // still guard
    await say({ room, text: '反诈助手 模式 mention', admin: true });
    clock += 601_000;
    expect((await say({ room, text: risky })).replies).toEqual([]);
    await say({ room, text: '反诈助手 语言 英文', admin: true });
    const english = await say({ room, text: '反诈助手 有人说是公安局的要我做笔录' });
    expect(english.replies[0]).toMatch(/scam/i);
    await say({ room, text: '反诈助手 模式 off', admin: true });
    expect((await say({ room, text: '反诈助手 有人说是公安局的要我做笔录' })).replies).toEqual([]);
    expect((await say({ room, text: '反诈助手 状态', admin: true })).replies[0]).toBeTruthy();
  });

  it('ignores stickers and unaddressed pictures; answers an addressed voice message', async () => {
    const room = newUser('room');
    expect((await say({ room, type: 'emoticon' })).replies).toEqual([]);
    expect((await say({ room, type: 'image' })).replies).toEqual([]);
    expect((await say({ room, type: 'audio', mention: true })).replies[0]).toMatch(/文字|打字|type/);
  });

  it('keeps each member\'s conversation apart', async () => {
    const room = newUser('room');
    const a = { room, user: newUser() };
    const b = { room, user: newUser() };
    await app.adapter.process({ ...a, text: '反诈助手 我接到个奇怪的电话', type: 'text' });
    const other = await app.adapter.process({ ...b, text: '反诈助手 快递客服说要给我双倍赔偿，让我下载会议软件', type: 'text' });
    const mine = await app.adapter.process({ ...a, text: '反诈助手 说是网信办的', type: 'text' });
    expect(other.scamType).toBe('customer_service');
    expect(mine.scamType).toBe('cyberspace_admin');
  });
});

describe('in a private chat', () => {
  const app = privateApp;
  it('asks for words when sent a voice message or a picture, ignores a sticker', async () => {
    const user = newUser();
    expect((await app.adapter.process({ user, text: '', type: 'audio' })).replies[0]).toMatch(/文字|打字/);
    expect((await app.adapter.process({ user, text: '', type: 'image' })).replies[0]).toMatch(/图片/);
    expect((await app.adapter.process({ user, text: '', type: 'emoticon' })).replies).toEqual([]);
  });
});
