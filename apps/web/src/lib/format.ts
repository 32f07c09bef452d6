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
