import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

import { APP_CONFIG, type AppConfig, SecretBox } from '#tutti/common';
import {
  ControlPlaneChanges,
  type OrchestraRecord,
  OrchestrasRepository,
} from '#tutti/control-plane';

import { TenantClientPool } from '../pool/tenant-client-pool.js';
import { parseHost } from './host.js';
import type { ResolvedTenant } from './resolved-tenant.js';

/** A tenant, or null: this host is known not to be one (for a shorter while). */
interface CacheEntry {
  tenant: ResolvedTenant | null;
}

/** Hosts remembered at most; random Host headers evict the least recently used. */
const MAX_CACHED_HOSTS = 10_000;
/** How long an unknown host is remembered as unknown. */
const NEGATIVE_TTL_MS = 5_000;

export type HostResolution =
  { kind: 'central' } | { kind: 'tenant'; tenant: ResolvedTenant } | { kind: 'unknown' };

/**
 * Host → tenant, with a TTL cache. A trigger on the control plane's Orchestra table
 * NOTIFYs every change; each gateway copy hears it (ControlPlaneChanges) and drops what it cached of that tenant
 * (and its pooled client when the tenant was deleted or its credentials changed), so a
 * suspension takes effect everywhere at once, not after the TTL.
 */
@Injectable()
export class TenantResolver implements OnApplicationShutdown {
  private readonly logger = new Logger('TenantResolver');
  private readonly byHost: LRUCache<string, CacheEntry>;
  /** Lookups under way, so a burst of requests for one host costs one query. */
  private readonly inFlight = new Map<string, Promise<ResolvedTenant | null>>();
  private stopped = false;
  /**
   * Counts invalidations: a lookup that started before one does not cache what it read (the
   * record may have changed after it was read, and the invalidation found nothing to drop).
   */
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orchestras: OrchestrasRepository,
    private readonly secrets: SecretBox,
    private readonly pool: TenantClientPool,
    changes: ControlPlaneChanges,
  ) {
    this.byHost = new LRUCache({
      max: MAX_CACHED_HOSTS,
      ttl: Math.max(1, config.tenantCacheTtlMs),
    });
    changes.subscribe('orchestra', {
      changed: (id) => this.invalidate(id),
      resync: () => {
        this.generation++;
        this.inFlight.clear();
        this.byHost.clear();
      },
    });
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  async resolveHost(host: string | undefined): Promise<HostResolution> {
    const target = parseHost(host, this.config.baseDomain);
    switch (target.kind) {
      case 'central':
        return { kind: 'central' };
      case 'invalid':
        return { kind: 'unknown' };
      case 'tenant':
      case 'custom': {
        const key = target.kind === 'tenant' ? `s:${target.subdomain}` : `d:${target.domain}`;
        const cached = this.config.tenantCacheTtlMs > 0 ? this.byHost.get(key) : undefined;
        const tenant = cached ? cached.tenant : await this.lookUp(key, target);
        return tenant ? { kind: 'tenant', tenant } : { kind: 'unknown' };
      }
    }
  }

  private lookUp(
    key: string,
    target: { kind: 'tenant'; subdomain: string } | { kind: 'custom'; domain: string },
  ): Promise<ResolvedTenant | null> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      const generation = this.generation;
      const lookup: Promise<ResolvedTenant | null> = (async () => {
        const record =
          target.kind === 'tenant'
            ? await this.orchestras.findBySubdomain(target.subdomain)
            : await this.orchestras.findByVerifiedDomain(target.domain);
        const tenant = record ? this.toResolved(record) : null;
        if (this.config.tenantCacheTtlMs > 0 && generation === this.generation)
          this.byHost.set(key, { tenant }, tenant ? {} : { ttl: NEGATIVE_TTL_MS });
        return tenant;
      })().finally(() => {
        if (this.inFlight.get(key) === lookup) this.inFlight.delete(key);
      });
      this.inFlight.set(key, lookup);
      pending = lookup;
    }
    return pending;
  }

  /** How many hosts are cached now (bounded by MAX_CACHED_HOSTS). */
  cachedHosts(): number {
    return this.byHost.size;
  }

  /** For jobs: a tenant by id, uncached (jobs must see the current state). */
  async resolveById(id: string): Promise<ResolvedTenant | null> {
    const record = await this.orchestras.findById(id);
    return record ? this.toResolved(record) : null;
  }

  toResolved(o: OrchestraRecord): ResolvedTenant {
    return {
      id: o.id,
      subdomain: o.subdomain,
      name: o.name,
      kind: o.kind,
      status: o.status,
      statusReason: o.statusReason,
      locale: o.locale,
      country: o.country,
      timeZone: o.timezone,
      contactEmail: o.contactEmail,
      connection: o.databaseUrlEncrypted
        ? {
            id: o.id,
            databaseUrl: this.secrets.decrypt(o.databaseUrlEncrypted),
            provider: o.databaseProvider,
            credentialsVersion: o.credentialsVersion,
          }
        : null,
      maintenance: o.maintenanceSince !== null,
      plan: o.plan,
      limits: { maxMusicians: o.maxMusicians, maxProjects: o.maxProjects },
      billing: {
        status: o.billingStatus,
        pastDueSince: o.pastDueSince,
        trialEndsAt: o.trialEndsAt,
        suspendedForBilling: o.suspendedForBilling,
        subscribed: o.stripeSubscriptionId !== null && o.billingStatus !== 'canceled',
      },
      branding: {
        logoUrl: o.logoUrl,
        faviconUrl: o.faviconUrl,
        primaryColor: o.primaryColor,
        secondaryColor: o.secondaryColor,
      },
    };
  }

  /** Drops a tenant from this process's cache; called on NOTIFY and after local writes. */
  invalidate(orchestraId: string): void {
    this.generation++;
    // A lookup under way may have read the record before the change: the next one reads again.
    this.inFlight.clear();
    for (const [key, entry] of [...this.byHost.entries()]) {
      // Negative entries may be wrong now too (a tenant just created).
      if (entry.tenant === null || entry.tenant.id === orchestraId) this.byHost.delete(key);
    }
    void this.refreshPooledClient(orchestraId);
  }

  /** A deleted tenant or changed credentials: its pooled client must go. */
  private async refreshPooledClient(orchestraId: string): Promise<void> {
    if (this.stopped) return; // the control-plane client may be closed already
    try {
      const record = await this.orchestras.findById(orchestraId);
      if (!record || record.status === 'deleted' || !record.databaseUrlEncrypted)
        this.pool.evict(orchestraId);
      else this.pool.evictIfNotVersion(orchestraId, record.credentialsVersion);
    } catch (err) {
      this.logger.warn(`Could not re-check tenant ${orchestraId}: ${(err as Error).message}`);
      this.pool.evict(orchestraId);
    }
  }
}
