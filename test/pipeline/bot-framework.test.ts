import { TestAdapter } from 'botbuilder-core';
import { describe, it } from 'vitest';
import { testApp } from '../helpers/app.js';

/** The bot is a plain Bot Framework bot: Microsoft's own TestAdapter can drive it. */
const app = await testApp();

describe('with Bot Framework TestAdapter', () => {

  it('runs the founding case to a verdict, and asks when the story is vague', async () => {
    await new TestAdapter(app.bot.run, { conversation: { id: 'bf-1', isGroup: false, conversationType: 'personal', name: '' } })
      .send('有个叫刘伟建的说是网信办的，工号9949，说要停我的号码，还问我家保姆什么时候出门')
      .assertReply((a) => {
        if (!/诈骗/.test(a.text ?? '') || !/96110/.test(a.text ?? '')) throw new Error(`no verdict: ${a.text}`);
      })
      .startTest();
    await new TestAdapter(app.bot.run, { conversation: { id: 'bf-2', isGroup: false, conversationType: 'personal', name: '' } })
      .send('I got a strange call')
      .assertReply((a) => {
        if (!/\?/.test(a.text ?? '')) throw new Error(`no question: ${a.text}`);
      })
      .send('he said he was from the police and I must move my savings to a safe account')
      .assertReply((a) => {
        if (!/scam/i.test(a.text ?? '')) throw new Error(`no verdict: ${a.text}`);
      })
      .startTest();
  });
});
