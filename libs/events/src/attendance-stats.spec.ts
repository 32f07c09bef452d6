import { rateOf, statsOf } from './attendance-stats.js';

const at = (day: string) => new Date(`${day}T18:00:00Z`);

describe('attendance statistics', () => {
  it('counts late and left early as attended and leaves excused out of the rate', () => {
    expect(
      rateOf([
        { status: 'present', at: at('2027-01-05') },
        { status: 'late', at: at('2027-01-12') },
        { status: 'left_early', at: at('2027-01-19') },
        { status: 'absent', at: at('2027-01-26') },
        { status: 'excused', at: at('2027-02-02') },
      ]),
    ).toBe(0.75);
    expect(rateOf([{ status: 'excused', at: at('2027-01-05') }])).toBeNull();
  });

  it('shows a member coming less often as a negative trend', () => {
    const s = statsOf(
      [
        { status: 'present', at: at('2027-01-05') },
        { status: 'present', at: at('2027-01-12') },
        { status: 'absent', at: at('2027-03-02') },
        { status: 'present', at: at('2027-03-09') },
      ],
      new Date('2027-01-01T00:00:00Z'),
      new Date('2027-04-01T00:00:00Z'),
    );
    expect(s).toMatchObject({ events: 4, present: 3, absent: 1, rate: 0.75, trend: -0.5 });
  });
});
