import { describe, expect, it } from 'vitest';
import { addressing, parseAdminCommand } from '../../src/pipeline/group-policy.js';

describe('addressing', () => {
  const keywords = ['反诈助手', 'callguard'];
  it.each([
    ['反诈助手 有人说是公安局的', false, true, '有人说是公安局的'],
    ['@反诈助手 有人说是公安局的', false, true, '有人说是公安局的'],
    ['反诈助手，帮我看看', false, true, '帮我看看'],
    ['CallGuard: is this real?', false, true, 'is this real?'],
    ['@小助手\u2005帮我看看', true, true, '帮我看看'],
    ['晚上几点开会？', false, false, '晚上几点开会？'],
    ['我觉得反诈助手挺好', false, false, '我觉得反诈助手挺好'],
  ])('%j (mention=%s) → addressed=%s, text=%j', (text, mention, addressed, rest) => {
    expect(addressing(text, mention, keywords)).toEqual({ addressed, text: rest });
  });
});

describe('parseAdminCommand', () => {
  it.each([
    ['模式 mention', { kind: 'mode', mode: 'mention' }],
    ['模式：关闭', { kind: 'mode', mode: 'off' }],
    ['mode guard', { kind: 'mode', mode: 'guard' }],
    ['语言 英文', { kind: 'lang', lang: 'en' }],
    ['language auto', { kind: 'lang', lang: null }],
    ['冷却 30 分钟', { kind: 'cooldown', seconds: 1800 }],
    ['cooldown 90s', { kind: 'cooldown', seconds: 90 }],
    ['状态', { kind: 'status' }],
    ['status', { kind: 'status' }],
  ])('%j', (text, command) => {
    expect(parseAdminCommand(text)).toEqual(command);
  });

  it.each(['模式是什么意思', '有人说是公安局的', 'mode loud', ''])('%j is not a command', (text) => {
    expect(parseAdminCommand(text)).toBeUndefined();
  });
});
