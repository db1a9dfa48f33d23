import { describe, expect, it } from 'vitest';
import { newUser, talk, testApp } from '../helpers/app.js';

const HOUR = 3_600_000;
let clock = 1_800_000_000_000;
const app = await testApp({ CONVERSATION_IDLE_HOURS: '72' }, () => clock);
const story = '有个叫刘伟建的打电话，说是网信办的，工号9949，说要停我的号码';

describe('a conversation idle past CONVERSATION_IDLE_HOURS', () => {
  it('is over: the person is told so instead of being welcomed, and the old case is gone', async () => {
    const user = newUser();
    await talk(app, [story], user);
    clock += 73 * HOUR;
    const [yes, summary] = await talk(app, ['是的', '总结'], user);
    expect(yes!.responses).toEqual(['case_expired']);
    expect(yes!.risk).toBeNull();
    expect(summary!.replies.join('\n')).not.toMatch(/网信办|9949/);
  });

  it('still answers a new story at once, after saying the old one is gone', async () => {
    const user = newUser();
    await talk(app, ['有人打电话说我的快递丢了'], user);
    clock += 100 * HOUR;
    const [again] = await talk(app, [story], user);
    expect(again!.responses[0]).toBe('case_expired');
    expect(again!.risk).toBe('high');
  });

  it('is not over a minute before its time', async () => {
    const user = newUser();
    await talk(app, [story], user);
    clock += 72 * HOUR - 60_000;
    const [summary] = await talk(app, ['总结'], user);
    expect(summary!.responses).toEqual(['summary']);
  });

  it('emptied by the sweep is told so too', async () => {
    const user = newUser();
    await talk(app, [story], user);
    clock += 80 * HOUR;
    await app.store.sweep();
    clock -= 79 * HOUR; // the bot's own idle check no longer fires: only the sweep's mark is left
    const [after] = await talk(app, ['怎么办'], user);
    expect(after!.responses[0]).toBe('case_expired');
    clock += 79 * HOUR;
  });
});
