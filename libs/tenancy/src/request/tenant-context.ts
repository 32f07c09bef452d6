import { requestContext } from '#tutti/common';

import type { ResolvedTenant } from './resolved-tenant.js';

const TENANT_KEY = 'tenancy/tenant';

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
