import { Injectable } from '@nestjs/common';

import { TenantClientPool, type TenantConnectionInfo } from '../pool/tenant-client-pool.js';
import { type SeedContext, TenantSeeds } from './tenant-seeds.js';

const SEEDED_KEY = 'seed.version';

/**
 * Writes a new tenant's default data: every contribution in one transaction, marked by a
 * settings row, so a retried provisioning step seeds once.
 */
/** Many ensembles provisioned at once wait their turn for a connection rather than fail. */
const SEED_TRANSACTION = { maxWait: 15_000, timeout: 60_000 };

@Injectable()
export class TenantSeedsRepository {
  constructor(
    private readonly pool: TenantClientPool,
    private readonly seeds: TenantSeeds,
  ) {}

  seed(connection: TenantConnectionInfo, ctx: SeedContext): Promise<boolean> {
    return this.pool.withClient(connection, (db) =>
      db.$transaction(async (tx) => {
        // Serialise concurrent seeders of the same database.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(7268001)`;
        if (await tx.settings.findUnique({ where: { key: SEEDED_KEY } })) return false;
        for (const contribution of this.seeds.all()) await contribution(tx, ctx);
        await tx.settings.create({ data: { key: SEEDED_KEY, value: 1 } });
        return true;
      }, SEED_TRANSACTION),
    );
  }
}
