import { Global, Inject, Module, OnApplicationShutdown, type Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#tutti/common';
import {
  NoopProvisioningObserver,
  ProvisioningObserver,
  ProvisioningPipeline,
} from './provisioning.pipeline.js';
import { TenancyMiddleware } from './tenancy.middleware.js';
import { TenancyJobs } from './tenancy.jobs.js';
import { TenantClientPool } from './tenant-client-pool.js';
import { TenantDatabaseServer } from './tenant-database-server.js';
import { TenantDb } from './tenant-db.js';
import {
  CommittedTenantMigrations,
  TenantMigrationSource,
  TenantMigrator,
} from './tenant-migrator.service.js';
import { TenantResolver } from './tenant-resolver.service.js';
import { TenantJobRunner } from './tenant-job-runner.js';
import { TenantUrls } from './tenant-urls.js';

const providers: Provider[] = [
  {
    provide: TenantClientPool,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => new TenantClientPool(config.pool),
  },
  { provide: TenantMigrationSource, useClass: CommittedTenantMigrations },
  { provide: ProvisioningObserver, useClass: NoopProvisioningObserver },
  TenantResolver,
  TenantDb,
  TenantUrls,
  TenantJobRunner,
  TenantDatabaseServer,
  TenantMigrator,
  ProvisioningPipeline,
  TenancyJobs,
  TenancyMiddleware,
];

@Global()
@Module({
  providers,
  exports: providers.map((p) => ('provide' in p ? p.provide : p)),
})
export class TenancyModule implements OnApplicationShutdown {
  constructor(@Inject(TenantClientPool) private readonly pool: TenantClientPool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
