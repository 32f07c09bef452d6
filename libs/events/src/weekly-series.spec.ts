import { localDay, slugify, weeklyStarts, zoneOffsetMinutes } from './weekly-series.js';

describe('weekly series', () => {
  const zone = 'Europe/Stockholm';

  it('keeps 19:00 local across the change to summer time', () => {
    // 2027-03-28 is the last Sunday of March: clocks go forward.
    const first = new Date('2027-03-16T19:00:00+01:00');
    const starts = weeklyStarts(first, '2027-04-06', [], zone, 50)!;
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2027-03-16T18:00:00.000Z',
      '2027-03-23T18:00:00.000Z',
      '2027-03-30T17:00:00.000Z',
      '2027-04-06T17:00:00.000Z',
    ]);
    expect(starts.map((d) => zoneOffsetMinutes(d, zone))).toEqual([60, 60, 120, 120]);
  });

  it('leaves out the exceptions and stops at the last day, inclusive', () => {
    const first = new Date('2027-01-05T18:30:00+01:00');
    const starts = weeklyStarts(first, '2027-01-26', ['2027-01-12'], zone, 50)!;
    expect(starts.map((d) => localDay(d, zone))).toEqual([
      '2027-01-05',
      '2027-01-19',
      '2027-01-26',
    ]);
  });

  it('refuses a series longer than the limit', () => {
    expect(weeklyStarts(new Date('2027-01-05T18:00:00Z'), '2029-01-01', [], zone, 10)).toBeNull();
  });

  it('makes readable slugs of Swedish titles', () => {
    expect(slugify('Vårkonsert i Domkyrkan!')).toBe('varkonsert-i-domkyrkan');
    expect(slugify('Öppen repetition – Åre')).toBe('oppen-repetition-are');
    expect(slugify('???')).toBe('event');
  });
});
