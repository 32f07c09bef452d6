import { DomainError } from '#tutti/common';

export const orchestraNotFound = (id: string) =>
  new DomainError('orchestra/not-found', 'not_found', `No orchestra ${id}`);

export const invalidSubdomain = (problem: string) =>
  new DomainError('orchestra/invalid-subdomain', 'invalid', `subdomain ${problem}`, {
    field: 'subdomain',
  });

export const subdomainTaken = (subdomain: string) =>
  new DomainError('orchestra/subdomain-taken', 'conflict', `subdomain "${subdomain}" is taken`, {
    field: 'subdomain',
  });

export const invalidCustomer = () =>
  new DomainError(
    'orchestra/invalid-customer',
    'invalid',
    'customerProfile needs an id or a legalBusinessName',
    { field: 'customerProfile' },
  );

export const notRetryable = () =>
  new DomainError(
    'orchestra/not-retryable',
    'conflict',
    'Only a failed or unfinished provisioning can be retried',
  );

export const notActive = (status: string, doing?: string) =>
  new DomainError(
    'orchestra/not-active',
    'conflict',
    doing
      ? `Only an active orchestra can be ${doing} (it is ${status})`
      : `The orchestra is ${status}`,
    { status },
  );

export const notSuspended = (status: string) =>
  new DomainError(
    'orchestra/not-suspended',
    'conflict',
    `Only a suspended orchestra can be resumed (it is ${status})`,
    { status },
  );

export const confirmationMismatch = () =>
  new DomainError(
    'orchestra/confirmation-mismatch',
    'invalid',
    "confirmSubdomain must equal the orchestra's subdomain",
    { field: 'confirmSubdomain' },
  );

export const orchestraDeleted = () =>
  new DomainError('orchestra/deleted', 'gone', 'The orchestra is deleted');

export const noDatabase = (status: string) =>
  new DomainError('orchestra/no-database', 'conflict', `The orchestra has no database (${status})`);

export const failedJobNotFound = (id: string) =>
  new DomainError('job/not-failed', 'not_found', `No failed job ${id} (it may have been retried)`);
