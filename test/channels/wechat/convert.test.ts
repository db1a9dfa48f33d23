import { types } from 'wechaty';
import { describe, expect, it } from 'vitest';
import { isConversational, messageType, toIncoming, type ContactLike, type MessageLike, type RoomLike } from '../../../src/channels/wechat/convert.js';

const contact = (id: string, name = id): ContactLike => ({ id, name: () => name });
const self = contact('bot', '小卫士');

function room(id: string, owner?: ContactLike, botAlias?: string): RoomLike {
  return { id, owner: () => owner, alias: async (c) => (c.id === 'bot' ? botAlias : undefined) };
}

function message(p: { talker: ContactLike; text?: string; type?: types.Message; room?: RoomLike; mention?: boolean }): MessageLike {
  return {
    id: 'm1',
    self: () => false,
    type: () => p.type ?? types.Message.Text,
    text: () => p.text ?? '',
    talker: () => p.talker,
    room: () => p.room,
    mentionSelf: async () => p.mention ?? false,
    date: () => new Date(),
  };
}

describe('messageType', () => {
  it('maps Wechaty types to the contract types', () => {
    expect(messageType(types.Message.Text)).toBe('text');
    expect(messageType(types.Message.Audio)).toBe('audio');
    expect(messageType(types.Message.Image)).toBe('image');
    expect(messageType(types.Message.Video)).toBe('video');
    expect(messageType(types.Message.Attachment)).toBe('file');
    expect(messageType(types.Message.Url)).toBe('link');
    expect(messageType(types.Message.Emoticon)).toBe('emoticon');
    expect(messageType(types.Message.MiniProgram)).toBe('other');
    expect(messageType(types.Message.Location)).toBe('other');
    expect(messageType(types.Message.Transfer)).toBe('other');
  });

  it('treats recalls and unknown system notices as events, not messages', () => {
    expect(isConversational(types.Message.Recalled)).toBe(false);
    expect(isConversational(types.Message.Unknown)).toBe(false);
    expect(isConversational(types.Message.Text)).toBe(true);
    expect(isConversational(types.Message.MiniProgram)).toBe(true);
  });
});

describe('toIncoming', () => {
  const ctx = { self, operatorIds: ['op'] };

  it('keys a private chat by the person', async () => {
    const m = await toIncoming(message({ talker: contact('alice', 'Alice'), text: '你好' }), ctx);
    expect(m).toEqual({ user: 'alice', text: '你好', type: 'text', channel: 'wechat', name: 'Alice' });
  });

  it('keys a group message by group and person, with mention, admin and the bot name', async () => {
    const owner = contact('olga');
    const g = room('g@chatroom', owner, '反诈小助手');
    const byOwner = await toIncoming(message({ talker: owner, text: '@反诈小助手 状态', room: g, mention: true }), ctx);
    expect(byOwner).toMatchObject({ user: 'olga', room: 'g@chatroom', mention: true, admin: true, botName: '反诈小助手', type: 'text' });
    const byMember = await toIncoming(message({ talker: contact('bob'), text: 'hi', room: g }), ctx);
    expect(byMember).toMatchObject({ user: 'bob', room: 'g@chatroom', mention: false, admin: false });
    const byOperator = await toIncoming(message({ talker: contact('op'), text: 'hi', room: g }), ctx);
    expect(byOperator.admin).toBe(true);
  });

  it('falls back to the WeChat name when the bot has no group nickname, and survives puppet errors', async () => {
    const g: RoomLike = {
      id: 'g',
      owner: () => {
        throw new Error('not ready');
      },
      alias: () => Promise.reject(new Error('unsupported')),
    };
    const m = await toIncoming({ ...message({ talker: contact('bob'), room: g }), mentionSelf: () => Promise.reject(new Error('x')) }, ctx);
    expect(m).toMatchObject({ botName: '小卫士', mention: false, admin: false });
  });

  it('passes no text for non-text messages', async () => {
    const m = await toIncoming(message({ talker: contact('alice'), type: types.Message.Image, text: '<msg><img cdn="..."/></msg>' }), ctx);
    expect(m).toMatchObject({ type: 'image', text: '' });
  });
});
