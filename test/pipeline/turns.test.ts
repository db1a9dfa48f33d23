/**
 * The turn pipeline over the real bot: what a person or a group sees when messages come in
 * bursts, floods or repeats. Story windows are closed by hand (manual timers), never by sleeping.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { loadConfig } from '../../src/config/load.js';
import type { IncomingMessage } from '../../src/pipeline/message.js';
import { turnsFor, type Answer, type Outbox } from '../../src/pipeline/turns.js';
import { silentLogger } from '../../src/util/log.js';
import { newUser, testApp } from '../helpers/app.js';
import { manualTimers } from '../helpers/manual-timers.js';

let app: App;
beforeAll(async () => {
  app = await testApp();
});

function pipeline(windowMs: number, env: Record<string, string> = {}) {
  const timers = manualTimers();
  const turns = turnsFor(app, loadConfig({ STORAGE: 'memory', ...env }), silentLogger, { windowMs, timers, sleep: async () => {}, send: { retryDelaysMs: [] } });
  return { turns, timers };
}

/** An outbox that records what the chat received (or fails every send). */
function outbox(chat: string, group: boolean, fail = false) {
  const got: string[] = [];
  const tried: string[] = [];
  const box: Outbox = {
    chat,
    group,
    send: async (text) => {
      tried.push(text);
      if (fail) throw new Error('network down');
      got.push(text);
    },
  };
  return { box, got, tried };
}

const msg = (user: string, text: string, room?: string): IncomingMessage => ({ user, text, type: 'text', ...(room ? { room } : {}) });
const posts = (answers: readonly Answer[]) => answers.reduce((n, a) => n + a.replies.length, 0);

const STORY = ['刚才有个电话', '说是公安局的', '说我的银行卡涉嫌洗钱', '要我把钱转到安全账户', '还不让我告诉家人'];

describe('stories in several messages', () => {
  it('a five-message story sent in quick succession gets one reply, judged on the whole story', async () => {
    const { turns, timers } = pipeline(2_000);
    const user = newUser();
    const answers = Promise.all(STORY.map((t) => turns.receive(msg(user, t))));
    timers.fireAll();
    const got = await answers;
    const answered = got.filter((a) => a.replies.length > 0);
    expect(answered).toHaveLength(1);
    expect(answered[0]).toBe(got[4]);
    expect(got[4]!.story).toEqual({ part: 5, of: 5 });
    // The verdict rests on what only the later messages said (the safe account, the police).
    expect(got[4]!.risk).toBe('high');
    expect(got[4]!.scamType).toBe('police_judiciary');
  });

  it('without a window (the JSON lines) every message is answered at once, on its own', async () => {
    const { turns } = pipeline(0);
    const user = newUser();
    const got: Answer[] = [];
    for (const t of STORY) got.push(await turns.receive(msg(user, t)));
    expect(got.every((a) => a.story === undefined)).toBe(true);
    expect(got.filter((a) => a.replies.length > 0).length).toBeGreaterThan(1);
  });

  it('a loss told mid-story is answered at once, without waiting for the window', async () => {
    const { turns } = pipeline(2_000);
    const user = newUser();
    const [first, loss] = await Promise.all([turns.receive(msg(user, '有人说是公安局的')), turns.receive(msg(user, '我刚刚把3万块转给他了'))]);
    expect(first!.replies).toEqual([]);
    expect(loss!.urgent).toBe(true);
    expect(loss!.replies.length).toBeGreaterThan(0);
  });

  it('in a group, a story is addressed to the bot if one of its messages was', async () => {
    const { turns, timers } = pipeline(2_000);
    const user = newUser();
    const room = newUser('room');
    const answers = Promise.all([turns.receive(msg(user, '刚才接到个电话，说是公安局的', room)), turns.receive(msg(user, '反诈助手 要我做笔录，这是真的吗', room))]);
    timers.fireAll();
    const got = await answers;
    expect(got[0]!.replies).toEqual([]);
    expect(got[1]!.replies).toHaveLength(1);
    expect(got[1]!.scamType).toBe('police_judiciary');
  });
});

describe('abuse limits', () => {
  const urgent = (i: number) => `反诈助手 我刚刚把${i + 1}万块转给他了`;

  it('50 urgent messages from one group member give at most 2 bot posts: the steps, then a private-chat offer', async () => {
    const { turns } = pipeline(0);
    const [member, other] = [newUser(), newUser()];
    const room = newUser('room');
    const got: Answer[] = [];
    for (let i = 0; i < 50; i++) got.push(await turns.receive(msg(member, urgent(i), room)));
    expect(posts(got)).toBeLessThanOrEqual(2);
    expect(got[0]!.urgent).toBe(true);
    expect(got[0]!.responses.some((r) => r.startsWith('urgent_'))).toBe(true);
    expect(got[1]!.responses).toEqual(['group_urgent_private']);
    // Another member's emergency still gets its steps.
    const theirs = await turns.receive(msg(other, urgent(0), room));
    expect(theirs.responses.some((r) => r.startsWith('urgent_'))).toBe(true);
  });

  it('the same holds when the member does not address the bot (guard mode) and over WeChat-like delivery', async () => {
    const { turns } = pipeline(0);
    const member = newUser();
    const room = newUser('room');
    const { box, got } = outbox(room, true);
    for (let i = 0; i < 50; i++) await turns.receive(msg(member, `我刚刚把${i + 1}万块转给骗子了`, room), box);
    while (turns.busy > 0) await new Promise((r) => setImmediate(r));
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThanOrEqual(2);
  });

  it('a member flooding a group with questions never makes the bot flood it', async () => {
    const { turns } = pipeline(0, { RATE_LIMIT_PER_MEMBER_PER_MINUTE: '4' });
    const member = newUser();
    const room = newUser('room');
    const got: Answer[] = [];
    for (let i = 0; i < 30; i++) got.push(await turns.receive(msg(member, `反诈助手 第${i}个问题：有人说是快递客服要退款${i}元`, room)));
    expect(posts(got)).toBeLessThanOrEqual(5);
    expect(got.filter((a) => a.responses.includes('rate_limited'))).toHaveLength(1);
  });

  it('identical repeated messages are answered once; short answers may repeat', async () => {
    const { turns } = pipeline(0);
    const user = newUser();
    const text = '有人打电话说我的快递丢了要给我理赔';
    const first = await turns.receive(msg(user, text));
    const again = await turns.receive(msg(user, text));
    const spaced = await turns.receive(msg(user, ` ${text}  `));
    expect(first.replies.length).toBeGreaterThan(0);
    expect(again).toMatchObject({ replies: [], limited: 'repeat' });
    expect(spaced.replies).toEqual([]);
    expect((await turns.receive(msg(user, '没有'))).replies.length).toBeGreaterThan(0);
    expect((await turns.receive(msg(user, '没有'))).limited).toBeUndefined();
  });

  it('the note to slow down counts as given only once it was delivered', async () => {
    const { turns } = pipeline(0, { RATE_LIMIT_PER_USER_PER_MINUTE: '1' });
    const user = newUser();
    const failing = outbox(user, false, true);
    await turns.receive(msg(user, '你好'), failing.box);
    const note = await turns.receive(msg(user, '有人说是公安局的'), failing.box);
    expect(note.responses).toEqual(['rate_limited']);
    while (turns.busy > 0) await new Promise((r) => setImmediate(r));
    // It never arrived: the next message over the limit gets the note again.
    const working = outbox(user, false);
    const again = await turns.receive(msg(user, '要我做笔录'), working.box);
    expect(again.responses).toEqual(['rate_limited']);
    while (turns.busy > 0) await new Promise((r) => setImmediate(r));
    expect(working.got).toHaveLength(1);
    // Delivered now: no third note in this minute.
    expect((await turns.receive(msg(user, '还要我转账'), working.box)).replies).toEqual([]);
  });
});
