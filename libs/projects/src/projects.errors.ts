import { DomainError } from '#tutti/common';

export const projectNotFound = (id: string) =>
  new DomainError('project/not-found', 'not_found', `No project ${id}`);

export const twoLists = () =>
  new DomainError(
    'need/two-lists',
    'invalid',
    'Give rankingListId or customRankingListId, not both',
    { field: 'customRankingListId' },
  );

export const positionNotFound = (id: number) =>
  new DomainError('position/not-found', 'invalid', `No position ${id}`, { field: 'positionId' });

export const listMismatch = (field: 'rankingListId' | 'customRankingListId') =>
  new DomainError(
    'need/list-mismatch',
    'invalid',
    field === 'rankingListId'
      ? 'rankingListId must be a ranking list of the same position'
      : 'customRankingListId must be a list of this project for the same position',
    { field },
  );

export const duplicateInList = () =>
  new DomainError('custom-list/duplicate', 'invalid', 'musicianIds lists a musician twice', {
    field: 'musicianIds',
  });

export const musiciansNotFound = (ids: string[]) =>
  new DomainError('musician/not-found', 'invalid', `No musicians ${ids.join(', ')}`, {
    field: 'musicianIds',
  });

export const notQualified = (ids: string[]) =>
  new DomainError(
    'ranking/not-qualified',
    'invalid',
    `Not qualified for the position: ${ids.join(', ')}`,
    { field: 'musicianIds' },
  );

export const noList = () =>
  new DomainError(
    'need/no-list',
    'invalid',
    'A need asks down a ranking list: give rankingListId or customRankingListId',
    { field: 'rankingListId' },
  );
