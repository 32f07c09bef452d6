import type { TenantPrismaClient } from './tenant-client-pool.js';

type Section = { instrument: string; positions: string[] };

const SYMPHONY: Section[] = [
  {
    instrument: 'Violin',
    positions: [
      'Förste konsertmästare',
      'Andre konsertmästare',
      'Stämledare violin 2',
      'Tutti violin 1',
      'Tutti violin 2',
    ],
  },
  { instrument: 'Viola', positions: ['Stämledare', 'Alternerande stämledare', 'Tutti'] },
  { instrument: 'Cello', positions: ['Solocellist', 'Alternerande solocellist', 'Tutti'] },
  { instrument: 'Kontrabas', positions: ['Stämledare', 'Tutti'] },
  { instrument: 'Flöjt', positions: ['Soloflöjt', 'Stämledare 2', 'Piccolaflöjt'] },
  { instrument: 'Oboe', positions: ['Solooboe', 'Stämledare 2', 'Engelskt horn'] },
  { instrument: 'Klarinett', positions: ['Soloklarinett', 'Stämledare 2', 'Basklarinett'] },
  { instrument: 'Fagott', positions: ['Solofagott', 'Stämledare 2', 'Kontrafagott'] },
  {
    instrument: 'Valthorn',
    positions: ['Solohorn', 'Stämledare 2', 'Stämledare 3', 'Stämledare 4'],
  },
  { instrument: 'Trumpet', positions: ['Solotrumpet', 'Stämledare 2', 'Tutti'] },
  { instrument: 'Trombon', positions: ['Solotrombon', 'Stämledare 2', 'Bastrombon'] },
  { instrument: 'Tuba', positions: ['Solotuba'] },
  { instrument: 'Slagverk', positions: ['Solopukist', 'Slagverk'] },
  { instrument: 'Harpa', positions: ['Soloharpa'] },
];

const CONCERT_BAND: Section[] = [
  { instrument: 'Flöjt', positions: ['Flöjt 1', 'Flöjt 2', 'Piccolaflöjt'] },
  { instrument: 'Oboe', positions: ['Oboe'] },
  { instrument: 'Fagott', positions: ['Fagott'] },
  {
    instrument: 'Klarinett',
    positions: ['Ess-klarinett', 'Klarinett 1', 'Klarinett 2', 'Klarinett 3', 'Basklarinett'],
  },
  {
    instrument: 'Saxofon',
    positions: ['Altsaxofon 1', 'Altsaxofon 2', 'Tenorsaxofon', 'Barytonsaxofon'],
  },
  { instrument: 'Kornett', positions: ['Kornett 1', 'Kornett 2', 'Kornett 3'] },
  { instrument: 'Trumpet', positions: ['Trumpet 1', 'Trumpet 2'] },
  { instrument: 'Valthorn', positions: ['Valthorn 1', 'Valthorn 2', 'Valthorn 3', 'Valthorn 4'] },
  { instrument: 'Trombon', positions: ['Trombon 1', 'Trombon 2', 'Bastrombon'] },
  { instrument: 'Euphonium', positions: ['Euphonium'] },
  { instrument: 'Tuba', positions: ['Tuba'] },
  { instrument: 'Slagverk', positions: ['Pukor', 'Slagverk 1', 'Slagverk 2'] },
];

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

const TEMPLATES: Array<{ type: string; language: string; subject: string; body: string }> = [
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
];

const SEEDED_KEY = 'seed.version';

/**
 * Default data of a new tenant: the instruments and positions of a symphony orchestra or a
 * concert band, email templates in Swedish and English, settings. One transaction, marked by
 * a settings row, so a retried provisioning step seeds once.
 */
export async function seedTenantDefaults(
  db: TenantPrismaClient,
  kind: 'orchestra' | 'band',
  locale: string,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // Serialise concurrent seeders of the same database.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7268001)`;
    if (await tx.settings.findUnique({ where: { key: SEEDED_KEY } })) return false;
    const sections = kind === 'band' ? CONCERT_BAND : SYMPHONY;
    for (const [i, section] of sections.entries()) {
      await tx.instrument.create({
        data: {
          name: section.instrument,
          displayOrder: i + 1,
          positions: {
            create: section.positions.map((name, level) => ({ name, hierarchyLevel: level + 1 })),
          },
        },
      });
    }
    await tx.emailTemplate.createMany({
      data: TEMPLATES.map((t) => ({ ...t, variables: TEMPLATE_VARIABLES })),
    });
    await tx.settings.createMany({
      data: [
        { key: 'locale', value: locale },
        { key: 'defaultResponseTimeHours', value: 24 },
        { key: 'reminderBeforeDeadlinePercent', value: 50 },
        { key: SEEDED_KEY, value: 1 },
      ],
    });
    return true;
  });
}
