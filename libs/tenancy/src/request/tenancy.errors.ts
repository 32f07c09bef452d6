import { DomainError } from '#tutti/common';

import type { ResolvedTenant } from './resolved-tenant.js';

export const unknownHost = (host: string | undefined) =>
  new DomainError('tenant/unknown', 'not_found', `No ensemble is served at ${host ?? '(no host)'}`);

export const tenantRouteOnCentralHost = () =>
  new DomainError(
    'route/not-found',
    'not_found',
    "This route exists only on an ensemble's own address",
  );

export const platformRouteOnTenantHost = () =>
  new DomainError(
    'route/not-found',
    'not_found',
    'Platform routes exist only on the central domain',
  );

/** Deleting or restoring an ensemble whose database is being moved. */
export const databaseMoving = () =>
  new DomainError(
    'orchestra/moving',
    'conflict',
    "The ensemble's database is being moved; wait until the move has ended",
  );

/**
 * Why a tenant cannot be served now (provisioning, failed, suspended, deleted, or its database
 * being moved), or null.
 */
export function unavailableBecause(tenant: ResolvedTenant): DomainError | null {
  if (tenant.maintenance && tenant.status !== 'deleted')
    return new DomainError(
      'tenant/maintenance',
      'unavailable',
      `${tenant.name} is moving to a new server and will be back in a minute`,
      undefined,
      { 'Retry-After': '15' },
    );
  switch (tenant.status) {
    case 'active':
      return null;
    case 'provisioning':
      return new DomainError(
        'tenant/provisioning',
        'unavailable',
        `${tenant.name} is being set up; try again shortly`,
        undefined,
        { 'Retry-After': '30' },
      );
    case 'failed':
      return new DomainError(
        'tenant/unavailable',
        'unavailable',
        `${tenant.name} is not available yet; the platform team has been told`,
        undefined,
        { 'Retry-After': '300' },
      );
    case 'suspended':
      return new DomainError(
        'tenant/suspended',
        'forbidden',
        `${tenant.name} is suspended${tenant.statusReason ? `: ${tenant.statusReason}` : ''}`,
        { reason: tenant.statusReason },
      );
    case 'deleted':
      return new DomainError(
        'tenant/deleted',
        'gone',
        `${tenant.name} no longer exists on this platform`,
      );
  }
}
