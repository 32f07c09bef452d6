import { Injectable } from '@nestjs/common';

import { requestContext } from '#tutti/common';

import {
  type Lease,
  TenantClientPool,
  type TenantPrismaClient,
} from '../pool/tenant-client-pool.js';
import type { ResolvedTenant } from './resolved-tenant.js';

const TENANT_KEY = 'tenancy/tenant';
const LEASE_KEY = 'tenancy/lease';

/** Puts a resolved tenant into the current context: the only way a tenant gets there. */
export function bindTenant(tenant: ResolvedTenant): void {
  const ctx = requestContext.require();
  ctx.scope = 'tenant';
  ctx.tenant = { id: tenant.id, subdomain: tenant.subdomain };
  ctx.memo.set(TENANT_KEY, tenant);
}

export function currentTenant(): ResolvedTenant {
  const tenant = requestContext.get()?.memo.get(TENANT_KEY) as ResolvedTenant | undefined;
  if (!tenant) throw new Error('No tenant in this context');
  return tenant;
}

/**
 * The tenant database of the current request or job. Repositories ask it for a client; it
 * leases one from the pool on first use and the context releases the lease when the request
 * (or job) ends. There is no way to name another tenant here: the tenant comes only from the
 * context, which only the resolver and the job runner fill.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly pool: TenantClientPool) {}

  async client(): Promise<TenantPrismaClient> {
    const ctx = requestContext.require();
    let lease = ctx.memo.get(LEASE_KEY) as Promise<Lease> | undefined;
    if (!lease) {
      const tenant = currentTenant();
      if (!tenant.connection) throw new Error(`Tenant ${tenant.subdomain} has no database yet`);
      lease = this.pool.acquire(tenant.connection);
      ctx.memo.set(LEASE_KEY, lease);
      ctx.cleanups.push(
        () =>
          void lease!.then(
            (l) => l.release(),
            () => undefined,
          ),
      );
    }
    return (await lease).client;
  }
}
