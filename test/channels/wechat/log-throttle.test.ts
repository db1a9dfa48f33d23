import { describe, expect, it } from 'vitest';
import { RepeatThrottle } from '../../../src/channels/wechat/log-throttle.js';

describe('RepeatThrottle', () => {
  it('lets an error through once per window and counts the repeats held back', () => {
    let t = 0;
    const th = new RepeatThrottle(() => t, 60_000);
    expect(th.check('ENOTFOUND')).toEqual({ log: true, repeated: 0 });
    for (let i = 0; i < 5; i++) expect(th.check('ENOTFOUND').log).toBe(false);
    expect(th.check('other').log).toBe(true);
    t = 60_000;
    expect(th.check('ENOTFOUND')).toEqual({ log: true, repeated: 5 });
  });
});
