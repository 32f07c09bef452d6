import { DomainError } from '#tutti/common';

export const serverNotFound = (id: string) =>
  new DomainError('database-server/not-found', 'not_found', `No database server ${id}`);

export const serverNameTaken = (name: string) =>
  new DomainError('database-server/name-taken', 'conflict', `A server named ${name} exists`, {
    field: 'name',
  });

export const serverUnreachable = (reason: string) =>
  new DomainError(
    'database-server/unreachable',
    'invalid',
    `The server could not be used: ${reason}. Nothing was saved`,
    { reason },
  );

export const serverMissingSecret = (field: 'adminUrl' | 'neonApiKey', kind: string) =>
  new DomainError('database-server/invalid', 'invalid', `A ${kind} server needs ${field}`, {
    field,
  });

export const serverNotEmpty = () =>
  new DomainError(
    'database-server/not-empty',
    'conflict',
    'Only an empty server can be closed: drain it and move its ensembles off first',
  );

export const ensembleNotFound = (id: string) =>
  new DomainError('orchestra/not-found', 'not_found', `No ensemble ${id}`);

export const moveNotFound = (id: string) =>
  new DomainError('move/not-found', 'not_found', `No move ${id}`);

export const moveRunning = () =>
  new DomainError(
    'move/running',
    'conflict',
    "This ensemble's database is being moved already; wait for that move to end",
  );

export const moveNotResumable = (status: string) =>
  new DomainError(
    'move/not-resumable',
    'conflict',
    `Only a failed move resumes (it is ${status})`,
    {
      status,
    },
  );

export const moveRefused = (reason: string) => new DomainError('move/refused', 'conflict', reason);

export const serverNotDraining = (state: string) =>
  new DomainError(
    'database-server/not-draining',
    'conflict',
    `Drain the server before moving its ensembles off (it is ${state}): an open one keeps taking new ones`,
    { state },
  );
