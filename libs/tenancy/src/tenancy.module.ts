import {
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

import {
  NoopProvisioningObserver,
  ProvisioningObserver,
  ProvisioningPipeline,
} from './lifecycle/provisioning.pipeline.js';
import { TenancyJobs } from './lifecycle/tenancy.jobs.js';
import { seedTenantSettings } from './lifecycle/tenancy.seed.js';
import { TenantDatabaseServer } from './lifecycle/tenant-database-server.js';
import {
  CommittedTenantMigrations,
  TenantMigrationSource,
  TenantMigrator,
} from './lifecycle/tenant-migrator.service.js';
import { TenantSeeds } from './lifecycle/tenant-seeds.js';
import { TenantSeedsRepository } from './lifecycle/tenant-seeds.repository.js';
import { OutboxRepository } from './outbox/outbox.repository.js';
import { TenantOutbox } from './outbox/tenant-outbox.js';
import { configureNeonDriver } from './pool/neon-driver.js';
import { TenantClientPool } from './pool/tenant-client-pool.js';
import { TenancyMiddleware } from './request/tenancy.middleware.js';
import { TenantDb } from './request/tenant-db.js';
import { TenantJobRunner } from './request/tenant-job-runner.js';
import { TenantResolver } from './request/tenant-resolver.service.js';
import { TenantUrls } from './request/tenant-urls.js';
import { UnitOfWork } from './request/unit-of-work.js';

const providers: Provider[] = [
  {
    provide: TenantClientPool,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => {
      configureNeonDriver(config.databaseServers);
      return new TenantClientPool({
        ...config.pool,
        neonDriver: config.databaseServers.neonDriver,
      });
    },
  },
  { provide: TenantMigrationSource, useClass: CommittedTenantMigrations },
  { provide: ProvisioningObserver, useClass: NoopProvisioningObserver },
  TenantResolver,
  TenantDb,
  UnitOfWork,
  TenantUrls,
  TenantJobRunner,
  TenantDatabaseServer,
  TenantMigrator,
  TenantSeeds,
  TenantSeedsRepository,
  ProvisioningPipeline,
  TenancyJobs,
  TenancyMiddleware,
  OutboxRepository,
  TenantOutbox,
];

@Global()
@Module({
  providers,
  exports: providers.map((p) => ('provide' in p ? p.provide : p)),
})
export class TenancyModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(TenantClientPool) private readonly pool: TenantClientPool,
    @Inject(TenantSeeds) private readonly seeds: TenantSeeds,
  ) {}

  onModuleInit(): void {
    this.seeds.contribute('settings', seedTenantSettings);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
