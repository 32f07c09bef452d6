import { DomainError } from '#tutti/common';

export const eventNotFound = (id: string) =>
  new DomainError('event/not-found', 'not_found', `No event ${id}`);

export const endsBeforeStart = () =>
  new DomainError('event/ends-before-start', 'invalid', 'endsAt must be after startsAt', {
    field: 'endsAt',
  });

export const callAfterStart = () =>
  new DomainError('event/call-after-start', 'invalid', 'callTime must not be after startsAt', {
    field: 'callTime',
  });

export const venueNotFound = (id: number) =>
  new DomainError('venue/not-found', 'invalid', `No venue ${id}`, { field: 'venueId' });

export const projectNotFound = (id: string) =>
  new DomainError('project/not-found', 'invalid', `No project ${id}`, { field: 'projectId' });

export const sectionNotFound = (id: number) =>
  new DomainError('section/not-found', 'invalid', `No section ${id}`, { field: 'sectionId' });

export const seriesTooLong = (max: number) =>
  new DomainError(
    'event/series-too-long',
    'invalid',
    `A series makes at most ${max} events: choose an earlier repeatWeeklyUntil`,
    { field: 'repeatWeeklyUntil' },
  );

export const emptySeries = () =>
  new DomainError('event/series-empty', 'invalid', 'The series has no date left to make', {
    field: 'repeatWeeklyUntil',
  });

export const cancelledIsFinal = () =>
  new DomainError(
    'event/cancelled',
    'conflict',
    'A cancelled event cannot be changed back; make a new one',
    { field: 'status' },
  );

export const unknownMembers = (ids: string[]) =>
  new DomainError('musician/not-found', 'invalid', `No members ${ids.join(', ')}`, {
    field: 'marks',
  });

export const periodBackwards = () =>
  new DomainError('attendance/period', 'invalid', 'to must not be before from', { field: 'to' });

export const onlyDraftsDeleted = () =>
  new DomainError(
    'event/not-draft',
    'conflict',
    'Only a draft can be deleted; cancel a published event so calendars show it cancelled',
    { field: 'status' },
  );

export const libraryPieceNotFound = (pieceId: string, index: number) =>
  new DomainError('piece/not-found', 'invalid', `No piece ${pieceId} in the library`, {
    field: `pieces.${index}.pieceId`,
  });
