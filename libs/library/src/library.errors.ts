import { DomainError } from '#tutti/common';

export const pieceNotFound = (id: string) =>
  new DomainError('piece/not-found', 'not_found', `No piece ${id}`);

export const fileNotFound = (id: string, field?: string) =>
  new DomainError(
    'file/not-found',
    field ? 'invalid' : 'not_found',
    `No file ${id}`,
    field ? { field } : undefined,
  );

export const partNotFound = (id: string, field?: string) =>
  new DomainError(
    'part/not-found',
    field ? 'invalid' : 'not_found',
    `No part ${id}`,
    field ? { field } : undefined,
  );

export const instrumentNotFound = (id: number) =>
  new DomainError('instrument/not-found', 'invalid', `No instrument ${id}`, {
    field: 'instrumentId',
  });

export const eventNotFound = (id: string) =>
  new DomainError('event/not-found', 'invalid', `No event ${id}`, { field: 'eventId' });

export const unknownMembers = (ids: string[]) =>
  new DomainError('musician/not-found', 'invalid', `No members ${ids.join(', ')}`, {
    field: 'musicianIds',
  });

export const notOnProgramme = () =>
  new DomainError(
    'assignment/not-on-programme',
    'conflict',
    "The piece is not on the event's programme: add it to the programme first",
    { field: 'eventId' },
  );

export const assignmentNotFound = (id: number) =>
  new DomainError('assignment/not-found', 'not_found', `No assignment ${id}`);

export const linkInvalid = () =>
  new DomainError(
    'download/link-invalid',
    'not_found',
    'This download link has expired or is not valid; ask for a new one',
  );
