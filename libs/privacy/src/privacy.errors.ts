import { DomainError } from '#tutti/common';

export const personNotFound = (id: string) =>
  new DomainError('musician/not-found', 'not_found', `No musician ${id}`);

export const alreadyAnonymised = () =>
  new DomainError('musician/anonymised', 'conflict', 'This person was anonymised already');
