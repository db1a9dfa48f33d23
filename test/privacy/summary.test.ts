import { describe, expect, it } from 'vitest';
import { talk, testApp } from '../helpers/app.js';

/** The report summary promises it holds none of the person's details: the four cases. */
describe('the report summary', () => {
  it.each([
    ['my password is 87654321', 'summary', /87654321|Caller's number/],
    ['13912345678是我的号码，有人冒充公安打过来', '总结', /13912345678|对方号码|来电号码/],
    ['call me back at +86 139 1234 5678, a man said he was police and I must move my savings to a safe account', 'summary', /139|\+86|Caller's number|international/i],
    ['my account name is zhangsan88, the caller said he is from the bank', 'summary', /zhangsan88|Claimed to be: .*zhangsan/],
  ])('after "%s" holds none of it', async (story, ask, leak) => {
    const app = await testApp();
    const outs = await talk(app, [story, ask]);
    const summary = outs[1]!.replies.find((r, i) => outs[1]!.responses[i] === 'summary') ?? outs[1]!.replies.join('\n');
    expect(outs[1]!.responses).toContain('summary');
    expect(summary).not.toMatch(leak);
    for (const o of outs) expect(o.replies.join('\n')).not.toMatch(/87654321|13912345678|1234 5678|zhangsan88/);
  });

  it('still counts a code given as given, and warns kindly not to send it to anyone', async () => {
    const app = await testApp();
    const [out] = await talk(app, ['短信里的验证码 550913 我已经念给对方了']);
    expect(out!.urgent).toBe(true);
    expect(out!.responses).toContain('urgent_code');
    expect(out!.responses).toContain('no_personal_data');
    expect(out!.replies.join('\n')).not.toContain('550913');
  });
});
