/** Dates and times, always in the ensemble's time zone (not the browser's). */
const locales: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatDateTime(value: string | Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(value));
}

export function formatDate(value: string | Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? 'en-GB', {
    dateStyle: 'medium',
    timeZone,
  }).format(new Date(value));
}

/** The calendar day (YYYY-MM-DD) and wall-clock time (HH:MM) of an instant in a zone. */
export function dayIn(value: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date(value));
}
export function timeIn(value: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value));
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) -
    at.getTime()
  );
}

/**
 * The instant of a day and wall-clock time in the ensemble's zone (what a manager types),
 * whatever the browser's zone is. The offset is taken twice so a time near a DST change lands.
 */
export function instantIn(day: string, time: string, timeZone: string): Date {
  const wall = new Date(`${day}T${time}:00Z`).getTime();
  const first = wall - zoneOffset(new Date(wall), timeZone);
  return new Date(wall - zoneOffset(new Date(first), timeZone));
}

/** A size as people read it: "812 kB", "9.4 MB", "1.2 GB" (decimal units, as disks are sold). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(value);
  return `${number} ${units[unit]}`;
}
