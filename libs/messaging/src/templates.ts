import { dateFormat, type Language } from '#tutti/common';

/** Every kind of message in the communication log. */
export const MESSAGE_TYPES = [
  'request',
  'reminder',
  'confirmation',
  'position_filled',
  'request_withdrawn',
  'list_exhausted',
  'group_email',
] as const;
/** The kinds sent about a request (group email is composed by staff). */
export type MessageType = Exclude<(typeof MESSAGE_TYPES)[number], 'group_email'>;

export type TemplateVars = Record<string, string | number | null | undefined>;

/** Replaces `{{name}}`; an unknown variable renders empty rather than leaking braces to a musician. */
export function render(text: string, vars: TemplateVars): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = vars[name];
    return v === null || v === undefined ? '' : String(v);
  });
}

/** SMS texts are short and fixed per language; the reply code is the one musicians type back. */
export const SMS_TEXTS: Record<MessageType, Record<Language, string>> = {
  request: {
    sv: '{{orchestraName}}: Kan du spela {{positionName}} i {{projectName}} (v{{weekNumber}}, start {{startDate}})? Svara senast {{deadline}}: {{responseUrl}} eller SMS:a JA {{shortCode}} / NEJ {{shortCode}}',
    en: '{{orchestraName}}: Can you play {{positionName}} in {{projectName}} (week {{weekNumber}}, from {{startDate}})? Answer by {{deadline}}: {{responseUrl}} or reply JA {{shortCode}} (yes) / NEJ {{shortCode}} (no)',
  },
  reminder: {
    sv: '{{orchestraName}}: Påminnelse om {{positionName}} i {{projectName}}. Svara senast {{deadline}}: {{responseUrl}}',
    en: '{{orchestraName}}: Reminder about {{positionName}} in {{projectName}}. Answer by {{deadline}}: {{responseUrl}}',
  },
  confirmation: {
    sv: '{{orchestraName}}: Tack! Du är bokad som {{positionName}} i {{projectName}} från {{startDate}}.',
    en: '{{orchestraName}}: Thank you! You are booked as {{positionName}} in {{projectName}} from {{startDate}}.',
  },
  position_filled: {
    sv: '{{orchestraName}}: Platsen som {{positionName}} i {{projectName}} är tillsatt. Tack ändå!',
    en: '{{orchestraName}}: The {{positionName}} place in {{projectName}} has been filled. Thank you anyway!',
  },
  request_withdrawn: {
    sv: '{{orchestraName}}: Förfrågan om {{positionName}} i {{projectName}} är återkallad. Du behöver inte svara.',
    en: '{{orchestraName}}: The request for {{positionName}} in {{projectName}} has been withdrawn. No answer is needed.',
  },
  list_exhausted: { sv: '', en: '' },
};

export const EXHAUSTED_EMAIL: Record<Language, { subject: string; body: string }> = {
  sv: {
    subject: 'Listan är slut: {{positionName}} i {{projectName}}',
    body: 'Alla på rankinglistan för {{positionName}} i {{projectName}} har tillfrågats. {{open}} plats(er) är fortfarande lediga.',
  },
  en: {
    subject: 'List exhausted: {{positionName}} in {{projectName}}',
    body: 'Everyone on the ranking list for {{positionName}} in {{projectName}} has been asked. {{open}} place(s) are still open.',
  },
};

const TZ = 'Europe/Stockholm';

export function formatDate(d: Date, lang: Language): string {
  return dateFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: TZ,
  }).format(d);
}

export function formatDateTime(d: Date, lang: Language): string {
  return dateFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TZ,
  }).format(d);
}
