import { AsyncLocalStorage } from 'node:async_hooks';

import type { Permission, TenantRole } from './permissions.js';

/** What the gateway knows about the tenant of the current request or job. */
export interface TenantRef {
  id: string;
  subdomain: string;
}

export interface AuthPrincipal {
  userId: string;
  role: 'superadmin' | TenantRole;
  scope: 'platform' | 'tenant';
  orchestraId: string | null;
  impersonatedBy?: string;
  /** Set by the access guard on tenant routes: what this user or API key may do, now. */
  permissions?: readonly Permission[];
  /** Set for an API key: its id (the principal's userId is `api-key:<id>`). */
  apiKeyId?: string;
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
  /** `performance.now()` when the request (or job) began: durations in the platform log. */
  startedAt?: number;
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
