import { progressLine } from './tenant-migrator.service.js';

describe('the migrate-all progress line', () => {
  it('says how far, how fast and how long is left', () => {
    expect(progressLine({ done: 312, total: 1000, elapsedMs: 11_000 })).toBe(
      '312 of 1000 (31 %), 28.4 tenants/s, about 24 s left',
    );
    expect(progressLine({ done: 10, total: 1000, elapsedMs: 5_000 })).toBe(
      '10 of 1000 (1 %), 2.0 tenants/s, about 8 min 15 s left',
    );
    expect(progressLine({ done: 1000, total: 1000, elapsedMs: 40_000 })).toBe(
      '1000 of 1000 (100 %), 25.0 tenants/s, done',
    );
    expect(progressLine({ done: 0, total: 0, elapsedMs: 0 })).toBe(
      '0 of 0 (100 %), 0.0 tenants/s, done',
    );
  });
});
