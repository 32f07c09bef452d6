import { type RankedMusician, requestsToSend, selectCandidates } from './candidate-selection.js';

const m = (id: number, rank: number, over: Partial<RankedMusician> = {}): RankedMusician => ({
  musicianId: id,
  publicId: `m${id}`,
  name: `M${id}`,
  rank,
  isActive: true,
  isArchived: false,
  localResidence: true,
  qualifiedPositionIds: [7],
  ...over,
});

describe('selectCandidates', () => {
  it('orders by rank and gives each skipped musician a reason', () => {
    const list = [
      m(1, 3),
      m(2, 1, { isActive: false }),
      m(3, 2, { isArchived: true }),
      m(4, 4, { qualifiedPositionIds: [8] }),
      m(5, 5, { localResidence: false }),
      m(6, 6),
      m(7, 0),
    ];
    const { candidates, skipped } = selectCandidates(
      list,
      { positionId: 7, requireLocalResidence: true },
      new Set([7]),
    );
    expect(candidates.map((c) => c.musicianId)).toEqual([1, 6]);
    expect(skipped.map((s) => [s.musician.musicianId, s.reason])).toEqual([
      [7, 'already-asked-in-project'],
      [2, 'inactive'],
      [3, 'archived'],
      [4, 'not-qualified'],
      [5, 'not-local'],
    ]);
  });

  it('accepts non-local musicians when the need does not require residence', () => {
    const { candidates } = selectCandidates(
      [m(1, 1, { localResidence: false })],
      { positionId: 7, requireLocalResidence: false },
      new Set(),
    );
    expect(candidates).toHaveLength(1);
  });
});

describe('requestsToSend', () => {
  const base = { quantity: 2, accepted: 0, pending: 0, maxRecipients: null, available: 10 };
  it('sequential keeps one request open', () => {
    expect(requestsToSend({ ...base, strategy: 'sequential' })).toBe(1);
    expect(requestsToSend({ ...base, strategy: 'sequential', pending: 1 })).toBe(0);
    expect(requestsToSend({ ...base, strategy: 'sequential', accepted: 2 })).toBe(0);
  });
  it('parallel keeps as many open as places remain', () => {
    expect(requestsToSend({ ...base, strategy: 'parallel' })).toBe(2);
    expect(requestsToSend({ ...base, strategy: 'parallel', accepted: 1 })).toBe(1);
    expect(requestsToSend({ ...base, strategy: 'parallel', pending: 1 })).toBe(1);
    expect(requestsToSend({ ...base, strategy: 'parallel', available: 1 })).toBe(1);
  });
  it('first_come sends a batch when nothing is open', () => {
    expect(requestsToSend({ ...base, strategy: 'first_come' })).toBe(10);
    expect(requestsToSend({ ...base, strategy: 'first_come', maxRecipients: 4 })).toBe(4);
    expect(requestsToSend({ ...base, strategy: 'first_come', maxRecipients: 1 })).toBe(2); // never fewer than the places
    expect(requestsToSend({ ...base, strategy: 'first_come', pending: 3 })).toBe(0);
  });
});
