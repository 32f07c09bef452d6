import { DomainError } from '#tutti/common';

export const musicianNotFound = (id: string) =>
  new DomainError('musician/not-found', 'not_found', `No musician ${id}`);

export const unknownPosition = () =>
  new DomainError(
    'musician/unknown-position',
    'invalid',
    'positionIds names a position that does not exist',
    { field: 'positionIds' },
  );
