import { Injectable } from '@nestjs/common';

import type { TenantPrismaClient } from '../pool/tenant-client-pool.js';

/** The client inside an interactive transaction of a tenant database. */
export type TenantTransaction = Parameters<Parameters<TenantPrismaClient['$transaction']>[0]>[0];

export interface SeedContext {
  kind: 'orchestra' | 'band';
  locale: string;
}

export type SeedContribution = (tx: TenantTransaction, ctx: SeedContext) => Promise<void>;

/**
 * The default data of a new tenant, contributed by the modules that own it (instruments by
 * musicians, templates by messaging, settings by tenancy), the way jobs are defined: each
 * module registers its part when it starts, and provisioning runs them all in one transaction.
 */
@Injectable()
export class TenantSeeds {
  private readonly contributions = new Map<string, SeedContribution>();

  contribute(name: string, seed: SeedContribution): void {
    this.contributions.set(name, seed);
  }

  all(): SeedContribution[] {
    return [...this.contributions.values()];
  }
}
