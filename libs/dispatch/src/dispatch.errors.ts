import { DomainError } from '#tutti/common';

import type { NeedStatus } from './dispatch.repository.js';

export const needNotFound = (id: string | number) =>
  new DomainError('need/not-found', 'not_found', `No need ${id}`);

export const requestNotFound = (id: string | number) =>
  new DomainError('request/not-found', 'not_found', `No request ${id}`);

export const needWithoutList = () =>
  new DomainError('need/no-list', 'invalid', 'The need has no ranking list to ask from', {
    field: 'rankingListId',
  });

export const needWrongState = (verb: string, status: NeedStatus | null) =>
  new DomainError(
    'need/wrong-state',
    'conflict',
    `The need cannot ${verb} while it is ${status ?? 'gone'}`,
    { status },
  );

export const quantityNotRaised = () =>
  new DomainError('need/quantity-not-raised', 'invalid', 'quantity can only be raised', {
    field: 'quantity',
  });

export const needUnfilled = (accepted: number, quantity: number) =>
  new DomainError(
    'need/unfilled',
    'conflict',
    `${accepted} of ${quantity} places are filled; complete it anyway with confirmUnfilled: true (the musicians still asked are told the request is withdrawn)`,
    { accepted, quantity, field: 'confirmUnfilled' },
  );
