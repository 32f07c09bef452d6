import { DomainError } from '#tutti/common';

export const rankingListNotFound = (id: number) =>
  new DomainError('ranking-list/not-found', 'not_found', `No ranking list ${id}`);

export const musicianNotFound = (id: string) =>
  new DomainError('musician/not-found', 'not_found', `No musician ${id}`);

export const notQualified = () =>
  new DomainError(
    'ranking/not-qualified',
    'invalid',
    "The musician is not qualified for this list's position",
    { field: 'musicianId' },
  );

export const alreadyOnList = (musicianId: string) =>
  new DomainError(
    'ranking/already-on-list',
    'conflict',
    `Musician ${musicianId} is already on this list; move them instead`,
    { field: 'musicianId' },
  );

export const notOnList = (musicianId: string) =>
  new DomainError('ranking/not-on-list', 'not_found', `Musician ${musicianId} is not on this list`);
