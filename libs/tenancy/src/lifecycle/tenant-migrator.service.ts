import { Inject, Injectable, Logger, Optional } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, Clock, SecretBox } from '#tutti/common';
import {
  type OrchestraRecord,
  OrchestrasRepository,
  type TenantMigrationOutcome,
} from '#tutti/control-plane';
import {
  applyMigrations,
  latestMigration,
  loadMigrationSet,
  type MigrationSet,
} from '#tutti/migrations';
import { Metrics } from '#tutti/observability';

/** Where tenant migrations come from; tests point it at a folder with one more migration. */
export abstract class TenantMigrationSource {
  abstract load(): Promise<MigrationSet>;
}

export class CommittedTenantMigrations extends TenantMigrationSource {
  load(): Promise<MigrationSet> {
    return loadMigrationSet('tenant');
  }
}

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

export interface MigrationProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

/** "312 of 1000 (31 %), 28.4 tenants/s, about 24 s left": what an operator watches. */
export function progressLine({ done, total, elapsedMs }: MigrationProgress): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const left = rate > 0 ? (total - done) / rate : 0;
  const time =
    left >= 90
      ? `${Math.floor(left / 60)} min ${Math.round(left % 60)} s`
      : `${Math.round(left)} s`;
  const pct = total ? Math.floor((100 * done) / total) : 100;
  return `${done} of ${total} (${pct} %), ${rate.toFixed(1)} tenants/s, ${
    done === total ? 'done' : `about ${time} left`
  }`;
}

/**
 * Applies the tenant schema's migrations to tenant databases and records, per tenant, the
 * schema version reached and the outcome of the last attempt, so a tenant left behind shows.
 */
@Injectable()
export class TenantMigrator {
  private readonly logger = new Logger('TenantMigrator');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orchestras: OrchestrasRepository,
    private readonly secrets: SecretBox,
    private readonly source: TenantMigrationSource,
    private readonly clock: Clock,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  async migrateOne(
    orchestra: OrchestraRecord,
    set?: MigrationSet,
  ): Promise<TenantMigrationOutcome> {
    const started = Date.now();
    const migrations = set ?? (await this.source.load());
    const base = { orchestraId: orchestra.id, subdomain: orchestra.subdomain };
    try {
      if (!orchestra.databaseUrlEncrypted) throw new Error('The tenant has no database');
      const applied = await applyMigrations(
        this.secrets.decrypt(orchestra.databaseUrlEncrypted),
        migrations,
      );
      const schemaVersion = latestMigration(migrations);
      await this.orchestras.update(orchestra.id, {
        schemaVersion,
        lastMigrationAt: this.clock.now(),
        lastMigrationStatus: 'succeeded',
        lastMigrationError: null,
      });
      this.metrics?.migrations.inc({ outcome: applied.length ? 'migrated' : 'up-to-date' });
      return {
        ...base,
        status: applied.length ? 'migrated' : 'up-to-date',
        applied,
        schemaVersion,
        durationMs: Date.now() - started,
      };
    } catch (err) {
      const message = (err as Error).message.split('\n')[0].slice(0, 500);
      this.logger.warn(`Migration of ${orchestra.subdomain} failed: ${message}`);
      await this.orchestras
        .update(orchestra.id, {
          lastMigrationAt: this.clock.now(),
          lastMigrationStatus: 'failed',
          lastMigrationError: message,
        })
        .catch(() => undefined);
      this.metrics?.migrations.inc({ outcome: 'failed' });
      return {
        ...base,
        status: 'failed',
        applied: [],
        schemaVersion: orchestra.schemaVersion,
        error: message,
        durationMs: Date.now() - started,
      };
    }
  }

  /** Every tenant, `concurrency` at a time; a failing tenant is reported and the rest go on. */
  async migrateAll(
    onOutcome?: (o: TenantMigrationOutcome, progress: MigrationProgress) => void,
    concurrency = this.config.migrationConcurrency,
  ): Promise<TenantMigrationOutcome[]> {
    const set = await this.source.load();
    const tenants = await this.orchestras.listMigratable();
    const started = Date.now();
    let done = 0;
    return mapLimit(tenants, concurrency, async (t) => {
      const outcome = await this.migrateOne(t, set);
      done++;
      onOutcome?.(outcome, { done, total: tenants.length, elapsedMs: Date.now() - started });
      return outcome;
    });
  }
}
