import { describe, expect, it } from 'vitest';

import { ApiError } from '../api/errors';
import { stepStates } from '../platform/pipeline';
import { dayIn, formatBytes, formatDate, formatDateTime, instantIn, timeIn } from './format';
import { moved, targetRank } from './reorder';
import { strategySentence } from './strategy';

describe('dates in the ensemble’s time zone', () => {
  it('shows a UTC instant as Stockholm time, winter and summer', () => {
    expect(formatDateTime('2026-11-23T12:00:00Z', 'sv', 'Europe/Stockholm')).toContain('13:00');
    expect(formatDateTime('2026-07-01T12:00:00Z', 'sv', 'Europe/Stockholm')).toContain('14:00');
    expect(formatDateTime('2026-07-01T12:00:00Z', 'en', 'UTC')).toContain('12:00');
  });

  it('gives the date of the zone, not of UTC, near midnight', () => {
    expect(formatDate('2026-11-23T23:30:00Z', 'en', 'Europe/Stockholm')).toBe('24 Nov 2026');
    expect(formatDate('2026-11-23T23:30:00Z', 'en', 'UTC')).toBe('23 Nov 2026');
  });
});

describe('wall-clock times typed in the ensemble’s zone', () => {
  it('gives the instant of a local time in winter, in summer and across the DST change', () => {
    const z = 'Europe/Stockholm';
    expect(instantIn('2027-01-15', '19:00', z).toISOString()).toBe('2027-01-15T18:00:00.000Z');
    expect(instantIn('2027-07-15', '19:00', z).toISOString()).toBe('2027-07-15T17:00:00.000Z');
    expect(instantIn('2027-03-28', '04:00', z).toISOString()).toBe('2027-03-28T02:00:00.000Z');
    expect(instantIn('2027-10-31', '12:00', z).toISOString()).toBe('2027-10-31T11:00:00.000Z');
    expect(instantIn('2027-07-15', '19:00', 'America/New_York').toISOString()).toBe(
      '2027-07-15T23:00:00.000Z',
    );
  });

  it('reads an instant back as the day and time it was typed', () => {
    const at = instantIn('2027-03-31', '18:30', 'Europe/Stockholm');
    expect([dayIn(at, 'Europe/Stockholm'), timeIn(at, 'Europe/Stockholm')]).toEqual([
      '2027-03-31',
      '18:30',
    ]);
  });
});

describe('reordering a ranking list', () => {
  it('clamps to the list and refuses a move that moves nothing', () => {
    expect(targetRank(1, -1, 5)).toBeNull();
    expect(targetRank(5, 1, 5)).toBeNull();
    expect(targetRank(2, -1, 5)).toBe(1);
    expect(targetRank(2, 10, 5)).toBe(5);
  });

  it('moves one entry and keeps the others in order', () => {
    expect(moved(['a', 'b', 'c', 'd'], 4, 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(moved(['a', 'b', 'c', 'd'], 1, 3)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('the strategy in a sentence', () => {
  const t = (key: string, vars?: Record<string, unknown>) => `${key}:${JSON.stringify(vars)}`;

  it('picks the sentence for the strategy and passes the numbers', () => {
    const s = strategySentence(t, {
      strategy: 'parallel',
      quantity: 3,
      maxRecipients: null,
      responseTimeHours: 12,
    });
    expect(s).toBe('strategy.parallel:{"quantity":3,"hours":12,"max":null}');
  });

  it('tells first come with and without a limit apart', () => {
    const base = { strategy: 'first_come', quantity: 2, responseTimeHours: 24 };
    expect(strategySentence(t, { ...base, maxRecipients: 5 })).toMatch(/^strategy\.firstComeMax/);
    expect(strategySentence(t, { ...base, maxRecipients: null })).toMatch(
      /^strategy\.firstComeAll/,
    );
  });
});

describe('errors from the API envelope', () => {
  it('puts validation messages beside the fields they name', () => {
    const e = ApiError.from(400, {
      error: {
        code: 'request/invalid',
        message: 'email must be an email address',
        details: { fields: [{ field: 'email', messages: ['email must be an email address'] }] },
      },
    });
    expect(e.code).toBe('request/invalid');
    expect(e.fieldErrors()).toEqual({ email: 'email must be an email address' });
  });

  it('names the field of a rule the server checked (a phone number)', () => {
    const e = ApiError.from(400, {
      error: {
        code: 'musician/invalid-phone',
        message: 'phone is not a phone number',
        details: { field: 'phone' },
      },
    });
    expect(e.fieldErrors()).toEqual({ phone: 'phone is not a phone number' });
  });

  it('survives an answer that is not an envelope', () => {
    const e = ApiError.from(502, '<html>');
    expect(e.code).toBe('http/502');
    expect(e.fieldErrors()).toEqual({});
  });
});

describe('the provisioning pipeline as shown', () => {
  it('marks steps done up to the last completed one, the next as running', () => {
    const states = stepStates({
      status: 'provisioning',
      provisioning: { step: 'migrate', error: null, attempts: 1 },
    });
    expect(states.map((s) => s.state)).toEqual([
      'done',
      'done',
      'done',
      'running',
      'waiting',
      'waiting',
    ]);
  });

  it('marks the step that failed', () => {
    const states = stepStates({
      status: 'failed',
      provisioning: { step: 'create-database', error: 'x', attempts: 1 },
    });
    expect(states[2]).toEqual({ step: 'migrate', state: 'failed' });
  });
});

describe('sizes', () => {
  it('reads bytes in decimal units with the language’s decimal mark', () => {
    expect(formatBytes(812, 'en')).toBe('812 B');
    expect(formatBytes(9_437_184, 'en')).toBe('9.4 MB');
    expect(formatBytes(9_437_184, 'sv')).toBe('9,4 MB');
    expect(formatBytes(1_234_567_890, 'en')).toBe('1.2 GB');
    expect(formatBytes(250_000, 'en')).toBe('250 kB');
  });
});
