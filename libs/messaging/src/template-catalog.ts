/** The variables a message template may use (the seeded templates and the tenant's edits). */
export const TEMPLATE_VARIABLES = [
  'firstName',
  'lastName',
  'projectName',
  'positionName',
  'startDate',
  'weekNumber',
  'rehearsalSchedule',
  'responseUrl',
  'deadline',
  'orchestraName',
  'shortCode',
];

export const DEFAULT_TEMPLATES: Array<{
  type: string;
  language: string;
  subject: string;
  body: string;
}> = [
  {
    type: 'request',
    language: 'sv',
    subject: 'Förfrågan: {{positionName}} i {{projectName}}',
    body: 'Hej {{firstName}}!\n\n{{orchestraName}} söker {{positionName}} till {{projectName}} (vecka {{weekNumber}}, start {{startDate}}).\n\nSvara senast {{deadline}}: {{responseUrl}}\n\nVänliga hälsningar\n{{orchestraName}}',
  },
  {
    type: 'request',
    language: 'en',
    subject: 'Request: {{positionName}} in {{projectName}}',
    body: 'Hi {{firstName}},\n\n{{orchestraName}} is looking for {{positionName}} for {{projectName}} (week {{weekNumber}}, starting {{startDate}}).\n\nPlease answer by {{deadline}}: {{responseUrl}}\n\nBest regards,\n{{orchestraName}}',
  },
  {
    type: 'reminder',
    language: 'sv',
    subject: 'Påminnelse: {{positionName}} i {{projectName}}',
    body: 'Hej {{firstName}}!\n\nVi har inte fått ditt svar ännu. Svara senast {{deadline}}: {{responseUrl}}\n\n{{orchestraName}}',
  },
  {
    type: 'reminder',
    language: 'en',
    subject: 'Reminder: {{positionName}} in {{projectName}}',
    body: 'Hi {{firstName}},\n\nWe have not had your answer yet. Please answer by {{deadline}}: {{responseUrl}}\n\n{{orchestraName}}',
  },
  {
    type: 'confirmation',
    language: 'sv',
    subject: 'Bekräftelse: {{projectName}}',
    body: 'Hej {{firstName}}!\n\nTack! Du är bokad som {{positionName}} i {{projectName}} (start {{startDate}}).\n\nRepetitionsschema:\n{{rehearsalSchedule}}\n\n{{orchestraName}}',
  },
  {
    type: 'confirmation',
    language: 'en',
    subject: 'Confirmed: {{projectName}}',
    body: 'Hi {{firstName}},\n\nThank you! You are booked as {{positionName}} in {{projectName}} (starting {{startDate}}).\n\nRehearsal schedule:\n{{rehearsalSchedule}}\n\n{{orchestraName}}',
  },
  {
    type: 'position_filled',
    language: 'sv',
    subject: 'Platsen är tillsatt: {{projectName}}',
    body: 'Hej {{firstName}}!\n\nPlatsen som {{positionName}} i {{projectName}} är nu tillsatt. Tack för ditt intresse!\n\n{{orchestraName}}',
  },
  {
    type: 'position_filled',
    language: 'en',
    subject: 'Position filled: {{projectName}}',
    body: 'Hi {{firstName}},\n\nThe {{positionName}} place in {{projectName}} has now been filled. Thank you for your interest!\n\n{{orchestraName}}',
  },
  {
    type: 'request_withdrawn',
    language: 'sv',
    subject: 'Förfrågan återkallad: {{projectName}}',
    body: 'Hej {{firstName}}!\n\nVi har återkallat förfrågan om {{positionName}} i {{projectName}}. Du behöver inte svara.\n\n{{orchestraName}}',
  },
  {
    type: 'request_withdrawn',
    language: 'en',
    subject: 'Request withdrawn: {{projectName}}',
    body: 'Hi {{firstName}},\n\nWe have withdrawn the request for {{positionName}} in {{projectName}}. No answer is needed.\n\n{{orchestraName}}',
  },
];
