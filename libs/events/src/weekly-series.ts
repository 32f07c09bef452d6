import { dateFormat } from '#tutti/common';

/** Minutes east of UTC that `timeZone` is at `instant` (Stockholm in July: 120). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  return dateFormat('sv-SE', { timeZone }).format(instant);
}

/**
 * The starts of a weekly series in the ensemble's zone: the same local time every week (19:00
 * stays 19:00 across a change to or from summer time), up to and including `until` (a local
 * day), leaving out the local days in `except`.
 */
export function weeklyStarts(
  first: Date,
  until: string,
  except: readonly string[],
  timeZone: string,
  max: number,
): Date[] | null {
  const skip = new Set(except);
  const baseOffset = zoneOffsetMinutes(first, timeZone);
  const out: Date[] = [];
  for (let week = 0; ; week++) {
    const naive = new Date(first.getTime() + week * 7 * 86_400_000);
    const shifted = new Date(
      naive.getTime() + (baseOffset - zoneOffsetMinutes(naive, timeZone)) * 60_000,
    );
    const day = localDay(shifted, timeZone);
    if (day > until) return out;
    if (!skip.has(day)) {
      if (out.length === max) return null;
      out.push(shifted);
    }
  }
}

/** A readable address part from a title: "Vårkonsert i Domkyrkan" → "varkonsert-i-domkyrkan". */
export function slugify(title: string, fallback = 'event'): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s || fallback;
}
