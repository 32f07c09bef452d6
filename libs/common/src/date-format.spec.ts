import { dateFormat } from './date-format.js';

describe('cached date formats', () => {
  it('formats as a new Intl.DateTimeFormat would, and reuses one per locale and options', () => {
    const d = new Date('2027-03-08T18:30:00Z');
    const opts = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' } as const;
    expect(dateFormat('sv-SE', opts).format(d)).toBe(
      new Intl.DateTimeFormat('sv-SE', opts).format(d),
    );
    expect(dateFormat('sv-SE', { ...opts })).toBe(dateFormat('sv-SE', opts));
    expect(dateFormat('en-GB', opts)).not.toBe(dateFormat('sv-SE', opts));
    expect(dateFormat('en-GB', { ...opts, timeZone: 'UTC' }).format(d)).toBe('8 Mar 2027, 18:30');
  });
});
