import { PrismaNeon } from '@prisma/adapter-neon';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { DomainError } from '#tutti/common';

import { PrismaClient as TenantPrismaClient } from '../generated/tenant/client.js';
import { AuditedAdapterFactory } from './audited-adapter.js';

export { TenantPrismaClient };

/** What the pool needs to know of a tenant to open (or reopen) its client. */
export interface TenantConnectionInfo {
  id: string;
  databaseUrl: string;
  provider: 'postgres' | 'neon';
  /** Bumped whenever the URL or its credentials change; a different version means reopen. */
  credentialsVersion: number;
}

export interface PoolOptions {
  maxClients: number;
  connectionsPerClient: number;
  idleClientMs: number;
  connectTimeoutMs: number;
  idleConnectionMs: number;
  /** How long a request waits for a free slot when every client is busy. */
  acquireTimeoutMs?: number;
  /** Neon tenants through the pg adapter over TCP (default) or Neon's serverless driver. */
  neonDriver?: 'pg' | 'serverless';
}

export interface PoolStats {
  hits: number;
  misses: number;
  evictions: number;
  openClients: number;
  openConnections: number;
  busyClients: number;
  /** The most clients ever open at once (including ones still closing). */
  peakOpenClients: number;
  waiting: number;
  maxClients: number;
}

export interface Lease {
  client: TenantPrismaClient;
  release(): void;
}

interface Entry {
  key: string;
  version: number;
  ready: Promise<TenantPrismaClient>;
  client?: TenantPrismaClient;
  pgPool?: pg.Pool;
  active: number;
  lastUsed: number;
  stale: boolean;
}

/** Every client busy for longer than the wait allows: a 503 the client may retry. */
export class PoolExhaustedError extends DomainError {
  constructor(ms: number) {
    super(
      'tenant/busy',
      'unavailable',
      `No tenant database client became free within ${ms} ms; try again shortly`,
      undefined,
      { 'Retry-After': '2' },
    );
  }
}

/**
 * A bounded LRU of Prisma clients, one per tenant database.
 *
 * - At most `maxClients` clients exist at once, counting those still closing; a request for a
 *   new tenant when all are busy waits for one to be released.
 * - A client is closed only when no lease on it is outstanding, so a running query or
 *   transaction is never cut off: eviction of a busy client is deferred to its last release.
 * - Concurrent first requests for one tenant share one creation (the `ready` promise).
 * - Every closed client is `$disconnect()`ed and its pg pool ended: Prisma 7 keeps a client's
 *   query compiler in memory until then (prisma#29660).
 */
export class TenantClientPool {
  private readonly entries = new Map<string, Entry>(); // iteration order = least recently used first
  private readonly waiters: Array<() => void> = [];
  private closing = 0;
  private readonly counters = { hits: 0, misses: 0, evictions: 0, peakOpenClients: 0 };
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.sweeper = setInterval(
      () => this.sweepIdle(),
      Math.max(50, Math.min(options.idleClientMs / 2, 30_000)),
    );
    this.sweeper.unref();
  }

  async acquire(tenant: TenantConnectionInfo): Promise<Lease> {
    if (this.closed) throw new Error('Tenant client pool is closed');
    const deadline = Date.now() + (this.options.acquireTimeoutMs ?? 10_000);
    for (;;) {
      let entry = this.entries.get(tenant.id);
      if (entry && entry.version !== tenant.credentialsVersion) {
        this.retire(entry);
        entry = undefined;
      }
      if (entry) {
        this.counters.hits++;
        return this.lease(entry);
      }
      if (this.openCount() < this.options.maxClients) {
        this.counters.misses++;
        return this.lease(this.open(tenant));
      }
      // Full: close the least recently used idle client; its slot frees once it has closed.
      this.evictOneIdle();
      await this.waitForSlot(deadline);
    }
  }

  /** Runs `fn` with a tenant's client held for its whole duration. */
  async withClient<T>(
    tenant: TenantConnectionInfo,
    fn: (client: TenantPrismaClient) => Promise<T>,
  ): Promise<T> {
    const lease = await this.acquire(tenant);
    try {
      return await fn(lease.client);
    } finally {
      lease.release();
    }
  }

  /** Closes a tenant's client (at once if idle, else after its last lease): credentials changed, or deleted. */
  evict(tenantId: string): void {
    const entry = this.entries.get(tenantId);
    if (entry) this.retire(entry);
  }

  evictIfNotVersion(tenantId: string, credentialsVersion: number): void {
    const entry = this.entries.get(tenantId);
    if (entry && entry.version !== credentialsVersion) this.retire(entry);
  }

  stats(): PoolStats {
    let openConnections = 0;
    let busy = 0;
    for (const e of this.entries.values()) {
      openConnections += e.pgPool?.totalCount ?? 0;
      if (e.active > 0) busy++;
    }
    return {
      ...this.counters,
      openClients: this.openCount(),
      openConnections,
      busyClients: busy,
      waiting: this.waiters.length,
      maxClients: this.options.maxClients,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweeper);
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.allSettled(all.map((e) => this.disconnect(e)));
  }

  private openCount(): number {
    return this.entries.size + this.closing;
  }

  private open(tenant: TenantConnectionInfo): Entry {
    const entry: Entry = {
      key: tenant.id,
      version: tenant.credentialsVersion,
      active: 0,
      lastUsed: Date.now(),
      stale: false,
      ready: undefined as unknown as Promise<TenantPrismaClient>,
    };
    // Built on the next tick, so a constructor error becomes this promise's rejection.
    entry.ready = Promise.resolve().then(() => {
      if (tenant.provider === 'neon' && this.options.neonDriver === 'serverless') {
        entry.client = new TenantPrismaClient({
          adapter: new AuditedAdapterFactory(
            new PrismaNeon({ connectionString: tenant.databaseUrl }),
          ),
        });
      } else {
        entry.pgPool = new pg.Pool({
          connectionString: tenant.databaseUrl,
          max: this.options.connectionsPerClient,
          // pg waits forever for a connection by default: a dead server would hang requests.
          connectionTimeoutMillis: this.options.connectTimeoutMs,
          idleTimeoutMillis: this.options.idleConnectionMs,
        });
        entry.pgPool.on('error', () => {}); // an idle connection dropped by the server: pg reconnects
        entry.client = new TenantPrismaClient({
          adapter: new AuditedAdapterFactory(new PrismaPg(entry.pgPool)),
        });
      }
      return entry.client;
    });
    this.entries.set(tenant.id, entry);
    this.counters.peakOpenClients = Math.max(this.counters.peakOpenClients, this.openCount());
    return entry;
  }

  private async lease(entry: Entry): Promise<Lease> {
    entry.active++;
    entry.lastUsed = Date.now();
    // Move to the most recently used end.
    if (this.entries.get(entry.key) === entry) {
      this.entries.delete(entry.key);
      this.entries.set(entry.key, entry);
    }
    let client: TenantPrismaClient;
    try {
      client = await entry.ready;
    } catch (err) {
      entry.active--;
      this.retire(entry);
      throw err;
    }
    let released = false;
    return {
      client,
      release: () => {
        if (released) return;
        released = true;
        entry.active--;
        entry.lastUsed = Date.now();
        if (entry.stale && entry.active === 0) void this.disconnect(entry);
        this.wakeOne();
      },
    };
  }

  /** Takes an entry out of the map; disconnects now if idle, else at its last release. */
  private retire(entry: Entry): void {
    if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
    if (entry.stale) return;
    entry.stale = true;
    this.counters.evictions++;
    this.closing++;
    if (entry.active === 0) void this.disconnect(entry);
  }

  private evictOneIdle(): void {
    for (const entry of this.entries.values()) {
      if (entry.active === 0) return this.retire(entry);
    }
  }

  private async disconnect(entry: Entry): Promise<void> {
    const wasCounted = entry.stale;
    try {
      const client = await entry.ready.catch(() => undefined);
      await client?.$disconnect();
      await entry.pgPool?.end();
    } catch {
      // closing is best effort; the slot is freed either way
    } finally {
      if (wasCounted) this.closing--;
      entry.client = undefined;
      entry.pgPool = undefined;
      this.wakeOne();
    }
  }

  private sweepIdle(): void {
    const cutoff = Date.now() - this.options.idleClientMs;
    for (const entry of [...this.entries.values()]) {
      if (entry.active === 0 && entry.lastUsed < cutoff) this.retire(entry);
    }
  }

  private waitForSlot(deadline: number): Promise<void> {
    const remaining = deadline - Date.now();
    if (remaining <= 0)
      return Promise.reject(new PoolExhaustedError(this.options.acquireTimeoutMs ?? 10_000));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(wake);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new PoolExhaustedError(this.options.acquireTimeoutMs ?? 10_000));
      }, remaining);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(wake);
    });
  }

  private wakeOne(): void {
    // Wake everyone: each re-checks; most find their tenant open or a slot free.
    for (const wake of this.waiters.splice(0)) wake();
  }
}
