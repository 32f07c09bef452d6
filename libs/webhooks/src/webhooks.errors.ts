import { DomainError } from '#tutti/common';

export const endpointNotFound = (id: string) =>
  new DomainError('webhook/not-found', 'not_found', `No webhook endpoint ${id}`);

export const deliveryNotFound = (id: string) =>
  new DomainError('webhook/delivery-not-found', 'not_found', `No delivery ${id}`);

export const httpsRequired = () =>
  new DomainError('webhook/https-required', 'invalid', 'A webhook address must use https', {
    field: 'url',
  });
