import { AsyncLocalStorage } from 'node:async_hooks';

/** What the gateway knows about the tenant of the current request or job. */
export interface TenantRef {
  id: string;
  subdomain: string;
}

export interface AuthPrincipal {
  userId: string;
  role: 'superadmin' | 'admin' | 'staff';
  scope: 'platform' | 'tenant';
  orchestraId: string | null;
  impersonatedBy?: string;
}

/**
 * Travels with a request (or a job) through every await, without request-scoped providers.
 * `tenant` is set only by the tenant resolver, from the Host header or a job's tenant id.
 */
export interface RequestContext {
  requestId: string;
  scope: 'platform' | 'tenant' | 'none';
  tenant?: TenantRef;
  principal?: AuthPrincipal;
  /** Resources to release when the request ends (tenant client leases). */
  cleanups: Array<() => void>;
  /** Per-request memo for lazily acquired resources, keyed by owner. */
  memo: Map<string, unknown>;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  require(): RequestContext {
    const ctx = storage.getStore();
    if (!ctx) throw new Error('No request context: this code must run inside a request or a job');
    return ctx;
  },
  /** Runs `fn` in a fresh context and releases what it acquired when it settles. */
  async runScoped<T>(
    partial: Omit<RequestContext, 'cleanups' | 'memo'>,
    fn: () => Promise<T>,
  ): Promise<T> {
    const ctx: RequestContext = { ...partial, cleanups: [], memo: new Map() };
    try {
      return await storage.run(ctx, fn);
    } finally {
      releaseContext(ctx);
    }
  },
};

export function releaseContext(ctx: RequestContext): void {
  const cleanups = ctx.cleanups.splice(0);
  for (const cleanup of cleanups) cleanup();
}
