import { describe, expect, it } from 'vitest';
import { newUser, talk, testApp } from '../helpers/app.js';

/** One person's story, each message a fact; their order changes what the bot answers. */
const STORY = [
  '你好',
  '有个人打电话说是网信办的',
  '他说要停我的号码',
  '还问我家保姆几点出门',
  '工号9949',
  '他叫刘伟建',
  '让我下载一个软件',
  '我没下载',
  '为什么',
  '打哪个电话',
  '总结',
  '他还说要共享屏幕',
  '总结',
];

describe('many messages from one person at once', () => {
  it('are answered as if sent one after the other, in the order they came', async () => {
    const app = await testApp();
    const oneByOne = await talk(app, STORY);
    const user = newUser('burst');
    const atOnce = await Promise.all(STORY.map((text) => app.adapter.process({ user, text, type: 'text' })));
    expect(atOnce.map((o) => o.responses)).toEqual(oneByOne.map((o) => o.responses));
    expect(atOnce.map((o) => o.replies)).toEqual(oneByOne.map((o) => o.replies));
  });

  it('from many people at once, keep each person’s conversation whole', async () => {
    const app = await testApp();
    const want = await talk(app, STORY);
    const people = Array.from({ length: 15 }, () => newUser('crowd'));
    const got = await Promise.all(people.map((user) => Promise.all(STORY.map((text) => app.adapter.process({ user, text, type: 'text' })))));
    for (const outs of got) expect(outs.map((o) => o.replies)).toEqual(want.map((o) => o.replies));
  });
});
