import { describe, expect, it } from 'vitest';
import { newUser, talk, testApp } from '../helpers/app.js';

const app = await testApp();
const scam = (n: string) => `${n}打电话说是公安局的，说我涉嫌洗钱，让我把钱转到安全账户`;
/** A different caller number per test, so counts never mix. */
let seq = 0;
const number = () => `1391234${String(5000 + ++seq).padStart(4, '0')}`;

describe('community reports of callers’ numbers', () => {
  it('offers to log the caller’s number after a verdict, and logs it only on the explicit reply', async () => {
    const n = number();
    const [verdict, yes] = await talk(app, [scam(n), '是的']);
    expect(verdict!.responses).toContain('report_offer');
    expect(verdict!.replies.join('\n')).toContain('登记号码');
    // "是的" answers the bot's other question ("did you give anything?"), never the offer.
    expect(yes!.responses).not.toContain('report_recorded');
    const [asked] = await talk(app, [`${n}这个号码是真的吗`]);
    expect(asked!.responses).toContain('report_none');
    expect(asked!.replies.join('\n')).toMatch(/不等于安全/);
  });

  it('tells later askers how many people reported the number and when, never who', async () => {
    const n = number();
    const reporter = newUser();
    await talk(app, [scam(n), '登记号码'], reporter);
    // The same person reporting again, in a case started afresh, still counts once.
    const again = await talk(app, ['重新开始', scam(n), '登记号码'], reporter);
    expect(again[2]!.responses).toEqual(['report_recorded']);
    const [logged] = await talk(app, [scam(`+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`), '登记号码']).then((o) => o.slice(1));
    expect(logged!.responses).toEqual(['report_recorded']);
    const [asked] = await talk(app, [`${n}是不是骗子`]);
    expect(asked!.responses).toContain('report_seen');
    const line = asked!.replies.join('\n');
    expect(line).toMatch(/已有 2 人举报过/);
    expect(line).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(line).not.toContain(reporter);
  });

  it('never offers the person’s own number, nor in a group', async () => {
    const own = await talk(app, ['13800138000是我自己的号码，刚才有人冒充公安打过来，让我把钱转到安全账户']);
    expect(own[0]!.responses).not.toContain('report_offer');
    const group = await talk(app, [{ text: scam(number()), room: 'g-2', mention: true }]);
    expect(group[0]!.responses).not.toContain('report_offer');
  });
});
