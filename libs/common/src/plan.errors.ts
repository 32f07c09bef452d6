import { DomainError } from './domain-error.js';

/** A create that would pass the plan's limit of `what` (musicians, projects). */
export const planLimitReached = (what: 'musicians' | 'projects', limit: number) =>
  new DomainError(
    `plan/${what}-limit`,
    'forbidden',
    `The ensemble's plan allows ${limit} active ${what}; archive some or change the plan`,
    { limit, field: what },
  );
