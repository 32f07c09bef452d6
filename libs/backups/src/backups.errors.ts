import { DomainError } from '#tutti/common';

export const backupNotFound = (id: string) =>
  new DomainError('backup/not-found', 'not_found', `No backup ${id}`);

export const backupNotRestorable = (status: string) =>
  new DomainError(
    'backup/not-restorable',
    'conflict',
    `Only a finished backup can be restored (this one is ${status})`,
    { status },
  );

export const backupCorrupt = () =>
  new DomainError(
    'backup/corrupt',
    'conflict',
    'The stored backup does not match its checksum or is missing; nothing was changed',
  );

export const backupFailed = (reason: string) =>
  new DomainError('backup/failed', 'unavailable', `The backup could not be taken: ${reason}`);

export const restoreFailed = (reason: string) =>
  new DomainError(
    'backup/restore-failed',
    'conflict',
    `The restore failed and was undone (the ensemble still uses its database): ${reason}`,
  );

export const noDatabaseToBackUp = (status: string) =>
  new DomainError('backup/no-database', 'conflict', `The ensemble has no database (${status})`, {
    status,
  });

export const restoreRaced = () =>
  new DomainError(
    'backup/restore-raced',
    'conflict',
    'Another restore of this ensemble finished first; this one was undone',
  );
