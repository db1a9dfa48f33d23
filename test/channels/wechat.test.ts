/**
 * End-to-end: WeChat people (wechaty-puppet-mock) talk to the real bot through the WeChat
 * channel. Assertions are on what people see in their chats.
 */
import type { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FileBox } from 'file-box';
import { types, type payloads } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WechatChannel } from '../../src/channels/wechat.js';
import { loadConfig } from '../../src/config/load.js';
import { silentLogger, type Logger } from '../../src/util/log.js';
import pino from 'pino';
import type { WechatChannelDeps } from '../../src/channels/wechat.js';
import { testApp } from '../helpers/app.js';
import { manualTimers } from '../helpers/manual-timers.js';

type Contact = mock.ContactMock;
type Room = mock.RoomMock;

const BOT_NAME = '小卫士';
const SLOW_DOWN = { zh: '请稍等一分钟', en: 'wait a minute' };
const notices = { greeting: () => '欢迎新邻居！', slowDown: () => SLOW_DOWN.zh, intro: () => '大家好，我是反诈助手', newFriend: () => '你好，我是防骗小助手' };

const running: WechatChannel[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop(1_000)));
  vi.restoreAllMocks();
});

let seq = 0;
const nextId = (p: string) => `${p}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;

/** A mock WeChat with the bot logged in; every message the bot sends is recorded. */
async function wechat(env: Record<string, string> = {}, now?: () => number, extra: { log?: Logger } & Pick<WechatChannelDeps, 'writeQrcode' | 'timers' | 'alert' | 'reconnectDelaysMs'> = {}) {
  // Each message alone unless a test opens a story window (its timers are then driven by hand).
  const config = loadConfig({ STORY_WINDOW_MS: '0', ...env });
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const { log, ...more } = extra;
  const deps: WechatChannelDeps = { puppet, notices, sleep: async () => {}, writeQrcode: () => {}, ...(now ? { now } : {}), ...more };
  const channel = new WechatChannel(await testApp(), config, log ?? silentLogger, deps);
  running.push(channel);
  await channel.start();
  mocker.scan('https://login.weixin.qq.com/l/mock==', types.ScanStatus.Waiting);
  const bot = mocker.createContact({ name: BOT_NAME });
  const loggedIn = new Promise((resolve) => channel.wechaty.once('login', resolve));
  mocker.login(bot);
  await loggedIn;

  const sent: payloads.Message[] = [];
  // The mock's typings lose its contacts' emitter methods (a typed-emitter version mismatch).
  (bot as unknown as EventEmitter).on('message', (m: mock.MessageMock) => {
    if (m.payload.talkerId === bot.id) sent.push(m.payload);
  });
  const textOf = (p: payloads.Message) => p.text ?? '';
  const toPerson = (c: Contact) => (p: payloads.Message) => !p.roomId && p.listenerId === c.id;
  const inRoom = (r: Room) => (p: payloads.Message) => p.roomId === r.id;

  /** What arrived in a chat while `act` ran and the bot worked through it. */
  async function during(filter: (p: payloads.Message) => boolean, act: () => void): Promise<string[]> {
    const before = sent.length;
    act();
    await channel.idle();
    return sent.slice(before).filter(filter).map(textOf);
  }

  function media(from: Contact, to: Contact | Room, type: types.Message, timestamp = Date.now()): void {
    const id = nextId('msg');
    const where = to instanceof mocker.RoomMock ? { roomId: to.id, mentionIdList: [] } : { listenerId: to.id };
    mocker.MessageMock.create({ id, talkerId: from.id, timestamp, type, ...where } as payloads.Message);
    puppet.emit('message', { messageId: id });
  }

  return {
    mocker,
    puppet,
    channel,
    bot,
    sent,
    person: (name: string) => mocker.createContact({ name }),
    group: (members: Contact[], owner?: Contact) =>
      mocker.createRoom({ memberIdList: [bot.id, ...members.map((m) => m.id)], topic: nextId('小区群'), ...(owner ? { ownerId: owner.id } : {}) }),
    /** A private message to the bot; resolves with what the person received. */
    dm: (from: Contact, text: string) => during(toPerson(from), () => from.say(text).to(bot)),
    dmMedia: (from: Contact, type: types.Message, timestamp?: number) => during(toPerson(from), () => media(from, bot, type, timestamp)),
    /** A group message; resolves with what the bot posted in the group. */
    post: (room: Room, from: Contact, text: string, mentions: Contact[] = []) => during(inRoom(room), () => from.say(text, mentions).to(room)),
    postMedia: (room: Room, from: Contact, type: types.Message) => during(inRoom(room), () => media(from, room, type)),
    during,
    toPerson,
    inRoom,
  };
}

/** The private temporary folders images are saved in for their turn (src/channels/wechat/image-file.ts). */
const imageDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('callguard-image-'));
const SCREENSHOT = () => FileBox.fromBase64(readFileSync('test/fixtures/screenshots/sms-bank.png').toString('base64'), 'sms-bank.png');

const NETWORK_CALL = '有个自称网信办的人打电话说要停我的号，还问我家保姆几点出门';
const POLICE = '有人说是公安局的要我做笔录';
const RISKY = '他让我把钱转到安全账户，还要我把验证码告诉他';

describe('WeChat private chat', () => {
  it('talks a person through to a verdict', async () => {
    const w = await wechat();
    const alice = w.person('Alice');
    const replies = await w.dm(alice, NETWORK_CALL);
    expect(replies.length).toBeGreaterThan(0);
    const all = replies.join('\n');
    expect(all).toContain('诈骗');
    expect(all).toContain('96110');
  });

  it('answers voice with a request to type, and an image with what it can check', async () => {
    const w = await wechat();
    const bob = w.person('Bob');
    const voice = await w.dmMedia(bob, types.Message.Audio);
    expect(voice).toHaveLength(1);
    expect(voice[0]).toMatch(/语音/);
    expect(voice[0]).toMatch(/打字|文字/);
    const image = await w.dmMedia(bob, types.Message.Image);
    expect(image).toHaveLength(1);
    expect(image[0]).toMatch(/图片/);
    expect(image[0]).not.toEqual(voice[0]);
  });

  it('reads a screenshot a person sends, judges it, and keeps no copy of the picture', async () => {
    const w = await wechat();
    const carol = w.person('Carol');
    const before = new Set(imageDirs());
    const replies = await w.during(w.toPerson(carol), () => carol.say(SCREENSHOT()).to(w.bot));
    expect(replies[0]).toMatch(/^我读了这张图片：对方自称银行/);
    expect(replies.join('\n')).toContain('诈骗');
    expect(replies.join('\n')).not.toContain('483920');
    // Test files in the other worker pass their screenshots through the same folder at the same
    // time: every copy made since must be gone once its turn is answered, ours included.
    await vi.waitFor(() => expect(imageDirs().filter((d) => !before.has(d))).toEqual([]), { timeout: 5_000, interval: 20 });
  }, 60_000);

  it('ignores stickers, recalls and messages from before the login', async () => {
    const w = await wechat();
    const carol = w.person('Carol');
    expect(await w.dmMedia(carol, types.Message.Emoticon)).toEqual([]);
    expect(await w.dmMedia(carol, types.Message.Recalled)).toEqual([]);
    expect(await w.dmMedia(carol, types.Message.Audio, Date.now() - 60_000)).toEqual([]);
    // …and still answers her next message.
    expect(await w.dmMedia(carol, types.Message.Audio)).toHaveLength(1);
  });

  it('never answers its own messages', async () => {
    const w = await wechat();
    const dave = w.person('Dave');
    const seen = await w.during(() => true, () => w.bot.say(NETWORK_CALL).to(dave));
    // Only the message the bot "wrote" itself: no reply to it.
    expect(seen).toEqual([NETWORK_CALL]);
  });
});

describe('WeChat group', () => {
  it('answers a message that starts with the keyword, @-mentioning the asker, briefly, with an offer of a private chat', async () => {
    const w = await wechat();
    const [wang, li] = [w.person('老王'), w.person('老李')];
    const room = w.group([wang, li]);
    const replies = await w.post(room, wang, `反诈助手 ${POLICE}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^@老王/);
    expect(replies[0]).toMatch(/诈骗/);
    expect(replies[0]).toMatch(/私聊/);
  });

  it('answers an @-mention', async () => {
    const w = await wechat();
    const wang = w.person('老王');
    const room = w.group([wang]);
    const replies = await w.post(room, wang, `@${BOT_NAME} 帮我看看，${POLICE}`, [w.bot]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^@老王/);
    expect(replies[0]).toMatch(/诈骗/);
  });

  it('stays silent on chit-chat and on what it cannot read unasked', async () => {
    const w = await wechat();
    const [zhao, qian] = [w.person('赵姐'), w.person('钱叔')];
    const room = w.group([zhao, qian]);
    expect(await w.post(room, zhao, '晚上几点开会？')).toEqual([]);
    expect(await w.post(room, qian, '好的，七点半')).toEqual([]);
    expect(await w.post(room, zhao, '谢谢')).toEqual([]);
    expect(await w.postMedia(room, qian, types.Message.Image)).toEqual([]);
    expect(await w.postMedia(room, qian, types.Message.Emoticon)).toEqual([]);
    expect(await w.postMedia(room, qian, types.Message.MiniProgram)).toEqual([]);
  });

  it('never fetches nor reads a screenshot posted in a group', async () => {
    const w = await wechat();
    const [zhao, qian] = [w.person('赵姐'), w.person('钱叔')];
    const room = w.group([zhao, qian]);
    const toFileBox = vi.spyOn(w.channel.wechaty.Message.prototype, 'toFileBox');
    expect(await w.during(w.inRoom(room), () => qian.say(SCREENSHOT()).to(room))).toEqual([]);
    expect(toFileBox).not.toHaveBeenCalled();
  });

  it('in guard mode speaks up unasked when someone is clearly at risk, then not again within the cooldown', async () => {
    const w = await wechat();
    const [sun, zhou] = [w.person('孙阿姨'), w.person('周伯')];
    const room = w.group([sun, zhou]);
    const first = await w.post(room, sun, RISKY);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^@孙阿姨/);
    expect(first[0]).toMatch(/诈骗/);
    expect(await w.post(room, zhou, RISKY)).toEqual([]);
    // Asking still works during the cooldown.
    expect(await w.post(room, zhou, `反诈助手 ${RISKY}`)).toHaveLength(1);
  });

  it('keeps separate dialogs for two members writing in turns', async () => {
    const w = await wechat();
    const [a, b] = [w.person('吴姐'), w.person('郑哥')];
    const room = w.group([a, b]);
    const a1 = await w.post(room, a, '反诈助手 刚才有人打电话给我');
    const b1 = await w.post(room, b, '反诈助手 有个电话说我的快递丢了要理赔');
    const a2 = await w.post(room, a, '反诈助手 说是公安局的');
    const b2 = await w.post(room, b, '反诈助手 他让我下载一个软件开共享屏幕');
    const a3 = await w.post(room, a, '反诈助手 要我做笔录');
    for (const r of [a1, b1, a2, b2, a3]) expect(r).toHaveLength(1);
    expect(a1[0]).toMatch(/^@吴姐/);
    expect(b1[0]).toMatch(/^@郑哥/);
    // Each verdict rests on that member's own story: the courier for one, the police for the other.
    expect(b2[0]).toMatch(/^@郑哥/);
    expect(b2[0]).toMatch(/快递|客服/);
    expect(b2[0]).not.toMatch(/公检法|公安/);
    expect(a3[0]).toMatch(/^@吴姐/);
    expect(a3[0]).toMatch(/公检法/);
    expect(a3[0]).not.toMatch(/快递/);
  });

  it('takes admin commands from the group owner and politely refuses others', async () => {
    const w = await wechat();
    const [owner, member] = [w.person('群主老陈'), w.person('小林')];
    const room = w.group([owner, member], owner);

    const refused = await w.post(room, member, '反诈助手 模式 off');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^@小林/);
    expect(refused[0]).toMatch(/群主|管理员/);

    const done = await w.post(room, owner, '反诈助手 模式 mention');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatch(/^@群主老陈/);
    expect(done[0]).toMatch(/提及|mention/);

    // In mention mode the bot no longer speaks unasked, but still answers when asked.
    expect(await w.post(room, member, RISKY)).toEqual([]);
    expect(await w.post(room, member, `反诈助手 ${RISKY}`)).toHaveLength(1);

    const status = await w.post(room, owner, '反诈助手 status');
    expect(status[0]).toMatch(/提及|mention/);
  });

  it('takes admin commands from a configured operator in any group', async () => {
    const opId = nextId('wxid_op');
    const w = await wechat({ OPERATOR_IDS: opId });
    const op = w.mocker.createContact({ name: '志愿者', id: opId });
    const room = w.group([op]);
    const done = await w.post(room, op, '反诈助手 冷却 30 分钟');
    expect(done[0]).toMatch(/30/);
  });
});

describe('WeChat rate limits and delivery', () => {
  it('answers a private flood with a bounded trickle and one note to slow down', async () => {
    const t = 1_700_000_000_000;
    const w = await wechat({ RATE_LIMIT_PER_USER_PER_MINUTE: '3' }, () => t);
    const eve = w.person('Eve');
    const got = await w.during(w.toPerson(eve), () => {
      for (let i = 0; i < 12; i++) eve.say('你好').to(w.bot);
    });
    expect(got.filter((r) => r === SLOW_DOWN.zh)).toHaveLength(1);
    expect(got.filter((r) => r !== SLOW_DOWN.zh)).toHaveLength(3);
  });

  it('limits a whole group, whoever asks', async () => {
    const t = 1_700_000_000_000;
    const w = await wechat({ RATE_LIMIT_PER_ROOM_PER_MINUTE: '2' }, () => t);
    const people = ['甲', '乙', '丙', '丁'].map((n) => w.person(n));
    const room = w.group(people);
    const answers: string[][] = [];
    for (const p of people) answers.push(await w.post(room, p, `反诈助手 ${POLICE}`));
    expect(answers[0]).toHaveLength(1);
    expect(answers[1]).toHaveLength(1);
    expect(answers[2]).toEqual([`@丙 ${SLOW_DOWN.zh}`]);
    expect(answers[3]).toEqual([]);
    // Chit-chat does not count against the group.
    expect(await w.post(room, people[0]!, '晚上几点开会？')).toEqual([]);
  });

  it('retries a failed send, and survives one that keeps failing', async () => {
    const w = await wechat();
    const frank = w.person('Frank');
    const send = w.puppet.messageSendText.bind(w.puppet);
    const spy = vi.spyOn(w.puppet, 'messageSendText').mockRejectedValueOnce(new Error('network down'));
    const retried = await w.dm(frank, NETWORK_CALL);
    expect(retried.join('\n')).toContain('96110');

    spy.mockRejectedValue(new Error('still down'));
    expect(await w.dm(frank, '你好')).toEqual([]);
    spy.mockImplementation(send);
    expect((await w.dm(frank, '你好')).length).toBeGreaterThan(0);
  });
});

describe('WeChat friends, invitations and newcomers', () => {
  async function friendRequest(w: Awaited<ReturnType<typeof wechat>>, from: Contact) {
    const id = nextId('friendship');
    await w.puppet.friendshipPayload(id, { id, contactId: from.id, hello: '你好', ticket: '', timestamp: Date.now(), type: types.Friendship.Receive });
    const handled = new Promise((resolve) => w.channel.wechaty.once('friendship', resolve));
    w.puppet.emit('friendship', { friendshipId: id });
    await handled;
  }

  it('accepts friend requests when configured to', async () => {
    const w = await wechat({ WECHAT_ACCEPT_FRIEND_REQUESTS: 'true' });
    const accept = vi.spyOn(w.puppet, 'friendshipAccept');
    await friendRequest(w, w.person('Gina'));
    await vi.waitFor(() => expect(accept).toHaveBeenCalledTimes(1));
  });

  it('leaves friend requests alone when not', async () => {
    const w = await wechat({ WECHAT_ACCEPT_FRIEND_REQUESTS: 'false' });
    const accept = vi.spyOn(w.puppet, 'friendshipAccept');
    await friendRequest(w, w.person('Hank'));
    await w.channel.idle();
    expect(accept).not.toHaveBeenCalled();
  });

  async function roomInvite(w: Awaited<ReturnType<typeof wechat>>, inviter: Contact) {
    const id = nextId('invite');
    await w.puppet.roomInvitationPayload(id, {
      id,
      inviterId: inviter.id,
      receiverId: w.bot.id,
      topic: '幸福小区3号楼',
      avatar: '',
      invitation: '',
      memberCount: 3,
      memberIdList: [inviter.id],
      timestamp: Date.now(),
    });
    const handled = new Promise((resolve) => w.channel.wechaty.once('room-invite', resolve));
    w.puppet.emit('room-invite', { roomInvitationId: id });
    await handled;
  }

  it('accepts group invitations when configured to, and not otherwise', async () => {
    const yes = await wechat({ WECHAT_ACCEPT_ROOM_INVITES: 'true' });
    const accept = vi.spyOn(yes.puppet, 'roomInvitationAccept');
    await roomInvite(yes, yes.person('Ivy'));
    await vi.waitFor(() => expect(accept).toHaveBeenCalledTimes(1));

    const no = await wechat({ WECHAT_ACCEPT_ROOM_INVITES: 'false' });
    const refuse = vi.spyOn(no.puppet, 'roomInvitationAccept');
    await roomInvite(no, no.person('Jack'));
    await no.channel.idle();
    expect(refuse).not.toHaveBeenCalled();
  });

  it('greets new group members only when configured to', async () => {
    const quiet = await wechat();
    const owner = quiet.person('群主');
    const room = quiet.group([owner], owner);
    const joined = new Promise((resolve) => quiet.channel.wechaty.once('room-join', resolve));
    room.add(quiet.person('新人甲')).by(owner);
    await joined;
    await quiet.channel.idle();
    expect(quiet.sent.filter(quiet.inRoom(room))).toEqual([]);

    const greeter = await wechat({ GROUP_GREET_NEW_MEMBERS: 'true' });
    const owner2 = greeter.person('群主');
    const room2 = greeter.group([owner2], owner2);
    room2.add(greeter.person('新人乙')).by(owner2);
    await vi.waitFor(() => expect(greeter.sent.filter(greeter.inRoom(room2))).toHaveLength(1));
    expect(greeter.sent.filter(greeter.inRoom(room2))[0]!.text).toMatch(/^@新人乙.*欢迎新邻居/);
  });
});

describe('WeChat login and logs', () => {
  it('shows the login QR code with a link, and keeps what people write out of the logs', async () => {
    const qr: string[] = [];
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    const w = await wechat({}, undefined, { log, writeQrcode: (s) => qr.push(s) });
    expect(qr.join('')).toContain('https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Fmock%3D%3D');
    expect(qr.join('').split('\n').length).toBeGreaterThan(10);

    const alice = w.person('Alice');
    const room = w.group([alice]);
    expect((await w.dm(alice, NETWORK_CALL)).length).toBeGreaterThan(0);
    expect(await w.post(room, alice, RISKY)).toHaveLength(1);
    const logs = lines.join('');
    expect(logs).toMatch(/logged in/);
    for (const secret of ['网信办', '保姆', '安全账户', 'Alice', alice.id, room.id]) expect(logs).not.toContain(secret);
  });
});

describe('WeChat pacing', () => {
  it('answers a five-message story sent in quick succession once, with the whole story judged', async () => {
    const timers = manualTimers();
    const w = await wechat({ STORY_WINDOW_MS: '2000' }, undefined, { timers });
    const grandma = w.person('王奶奶');
    const parts = ['刚才有个电话', '说是公安局的', '说我的银行卡涉嫌洗钱', '要我把钱转到安全账户', '还不让我告诉家人'];
    const replies = await w.during(w.toPerson(grandma), () => {
      for (const p of parts) grandma.say(p).to(w.bot);
      // The window closes once all five are in (waiting on the pipeline, not on a clock).
      void vi.waitFor(() => expect(w.channel.turns.busy).toBeGreaterThanOrEqual(5), { interval: 5, timeout: 5_000 }).then(() => timers.fireAll());
    });
    // Exactly the answer to the whole story told in one message.
    const whole = w.person('对照');
    const expected = await w.during(w.toPerson(whole), () => {
      whole.say(parts.join('\n')).to(w.bot);
      void vi.waitFor(() => expect(w.channel.turns.busy).toBeGreaterThanOrEqual(1), { interval: 5, timeout: 5_000 }).then(() => timers.fireAll());
    });
    expect(expected.join('\n')).toMatch(/诈骗/);
    expect(replies).toEqual(expected);
  });

  it('a hung send no longer blocks the chat: it is given up, and the next answer goes out', async () => {
    const w = await wechat({ SEND_TIMEOUT_MS: '100' });
    const ann = w.person('Ann');
    const spy = vi.spyOn(w.puppet, 'messageSendText').mockImplementationOnce(() => new Promise(() => {})).mockImplementationOnce(() => new Promise(() => {}));
    expect(await w.dm(ann, NETWORK_CALL)).not.toContain(expect.stringContaining('96110'));
    spy.mockRestore();
    expect((await w.dm(ann, '为什么')).length).toBeGreaterThan(0);
  });

  it('50 urgent messages from one group member give at most 2 bot posts', async () => {
    const w = await wechat();
    const [sun, zhou] = [w.person('孙阿姨'), w.person('周伯')];
    const room = w.group([sun, zhou]);
    const got = await w.during(w.inRoom(room), () => {
      for (let i = 0; i < 50; i++) sun.say(`反诈助手 我刚刚把${i + 1}万块转给他了`).to(room);
    });
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThanOrEqual(2);
    expect(got[0]).toMatch(/^@孙阿姨.*110/s);
  });
});

describe('WeChat staying up', () => {
  it('on logout alerts the operators, restarts the puppet and shows a fresh QR code; logging in again ends it', async () => {
    const timers = manualTimers();
    const alerts: string[] = [];
    const qr: string[] = [];
    const w = await wechat({}, undefined, { timers, alert: async (a) => void alerts.push(a.event), writeQrcode: (s) => qr.push(s), reconnectDelaysMs: [1_000] });
    const start = vi.spyOn(w.puppet, 'start');
    await w.puppet.logout('kicked by the phone');
    await vi.waitFor(() => expect(alerts).toEqual(['wechat_logout']));
    expect(w.channel.wechaty.isLoggedIn).toBe(false);
    timers.fireAll();
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    const shown = qr.length;
    w.mocker.scan('https://login.weixin.qq.com/l/again==', types.ScanStatus.Waiting);
    await vi.waitFor(() => expect(qr.length).toBe(shown + 1));
    expect(alerts).toEqual(['wechat_logout', 'wechat_login_qrcode']);
    const back = new Promise((resolve) => w.channel.wechaty.once('login', resolve));
    w.mocker.login(w.bot);
    await back;
    expect(timers.pending()).toBe(0);
    expect((await w.dm(w.person('Zoe'), NETWORK_CALL)).length).toBeGreaterThan(0);
  });

  it('restarts the puppet when errors keep coming, not on a single one', async () => {
    const timers = manualTimers();
    const w = await wechat({}, undefined, { timers, reconnectDelaysMs: [1_000] });
    const start = vi.spyOn(w.puppet, 'start');
    w.puppet.emit('error', { data: 'one hiccup' });
    timers.fireAll();
    await new Promise((r) => setImmediate(r));
    expect(start).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) w.puppet.emit('error', { data: 'sync failed' });
    timers.fireAll();
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
  });

  it('greets a new friend once after accepting the request', async () => {
    const w = await wechat();
    const gina = w.person('Gina');
    const got = await w.during(w.toPerson(gina), () => {
      for (let i = 0; i < 2; i++) {
        const id = nextId('friendship');
        void w.puppet.friendshipPayload(id, { id, contactId: gina.id, hello: '你好', ticket: '', timestamp: Date.now(), type: types.Friendship.Receive }).then(() => w.puppet.emit('friendship', { friendshipId: id }));
      }
    });
    await vi.waitFor(() => expect(w.sent.filter(w.toPerson(gina))).toHaveLength(1));
    expect(got.concat(w.sent.filter(w.toPerson(gina)).map((p) => p.text ?? ''))).toContain('你好，我是防骗小助手');
  });

  it('introduces itself once on joining a group, never again', async () => {
    const w = await wechat();
    const owner = w.person('群主');
    const room = w.mocker.createRoom({ memberIdList: [owner.id], topic: nextId('小区群'), ownerId: owner.id });
    room.add(w.bot).by(owner);
    await vi.waitFor(() => expect(w.sent.filter(w.inRoom(room))).toHaveLength(1));
    expect(w.sent.filter(w.inRoom(room))[0]!.text).toBe('大家好，我是反诈助手');
    const again = new Promise((resolve) => w.channel.wechaty.once('room-join', resolve));
    room.add(w.bot).by(owner);
    await again;
    await w.channel.idle();
    expect(w.sent.filter(w.inRoom(room))).toHaveLength(1);
  });
});
