import { newShortCode } from './short-codes.js';

describe('newShortCode', () => {
  it('gives four digits that no open request uses, and remembers them', () => {
    const used = new Set(Array.from({ length: 8990 }, (_, i) => String(1000 + i)));
    const fresh = Array.from({ length: 10 }, () => newShortCode(used));
    expect(new Set(fresh).size).toBe(10);
    for (const c of fresh) expect(Number(c)).toBeGreaterThanOrEqual(9990);
    expect(() => newShortCode(used)).toThrow(/in use/);
  });
});
