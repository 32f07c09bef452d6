import type { SeedContribution } from '#tutti/tenancy';

import { DEFAULT_TEMPLATES, TEMPLATE_VARIABLES } from './template-catalog.js';

/** The message templates of a new tenant, in Swedish and English. */
export const seedTemplates: SeedContribution = async (tx) => {
  await tx.emailTemplate.createMany({
    data: DEFAULT_TEMPLATES.map((t) => ({ ...t, variables: TEMPLATE_VARIABLES })),
  });
};
