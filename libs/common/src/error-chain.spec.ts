import { driverErrorText, sqlStateOf } from './error-chain.js';

describe('driver errors', () => {
  it("finds PostgreSQL's words and code inside Prisma's wrapper, without URLs", () => {
    const inner = Object.assign(new Error('DatabaseDoesNotExist'), {
      cause: { originalCode: '3D000', originalMessage: 'database "tt_x" does not exist' },
    });
    const wrapped = Object.assign(
      new Error('\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed.'),
      { code: 'P2010', meta: { driverAdapterError: inner } },
    );
    expect(driverErrorText(wrapped)).toBe('database "tt_x" does not exist');
    expect(sqlStateOf(wrapped)).toBe('3D000');
    expect(
      driverErrorText(new Error('\nInvalid call:\nRaw query failed. Message: `no route`')),
    ).toBe('no route');
    expect(driverErrorText(new Error('connect to postgresql://u:secret@h/db failed'))).toBe(
      'connect to <url> failed',
    );
    expect(driverErrorText({})).toBe('unreachable');
  });
});
