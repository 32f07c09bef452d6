import type { SeedContribution } from './tenant-seeds.js';

/** The tenant's own settings: language, and the engine's defaults. */
export const seedTenantSettings: SeedContribution = async (tx, { locale }) => {
  await tx.settings.createMany({
    data: [
      { key: 'locale', value: locale },
      { key: 'defaultResponseTimeHours', value: 24 },
      { key: 'reminderBeforeDeadlinePercent', value: 50 },
    ],
  });
};
