import { DomainError } from '#tutti/common';

export const pageNotFound = (id: string) =>
  new DomainError('page/not-found', 'not_found', `No page ${id}`);

export const versionNotFound = (v: number) =>
  new DomainError('page/version-not-found', 'not_found', `No version ${v} of this page`);

export const announcementNotFound = (id: string) =>
  new DomainError('announcement/not-found', 'not_found', `No announcement ${id}`);

export const sectionsNotFound = (ids: number[]) =>
  new DomainError('section/not-found', 'invalid', `No sections ${ids.join(', ')}`, {
    field: 'sectionIds',
  });

export const alreadyPublished = () =>
  new DomainError(
    'announcement/published',
    'conflict',
    'A published announcement has reached its members: archive it, or write a new one',
    { field: 'status' },
  );

export const noRecipients = () =>
  new DomainError(
    'announcement/no-recipients',
    'invalid',
    'Nobody is in the chosen sections or statuses',
    {
      field: 'sectionIds',
    },
  );

export const expiresInPast = () =>
  new DomainError('announcement/expired', 'invalid', 'expiresAt must be in the future', {
    field: 'expiresAt',
  });
