import { DomainError } from './domain-error.js';

/** A create that would pass the limit of `what` (musicians, projects) on the ensemble's plan. */
export const planLimitReached = (what: 'musicians' | 'projects', limit: number, plan: string) =>
  new DomainError(
    `plan/${what}-limit`,
    'forbidden',
    `The ${plan} plan allows ${limit} active ${what}; archive some or change the plan`,
    { limit, field: what, plan, setting: what === 'musicians' ? 'maxMusicians' : 'maxProjects' },
  );
