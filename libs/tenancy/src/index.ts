export { parseHost, RESERVED_SUBDOMAINS, subdomainProblem } from './host.js';
export type { HostTarget } from './host.js';
export {
  NoopProvisioningObserver,
  PROVISIONING_STEPS,
  ProvisioningObserver,
  ProvisioningPipeline,
} from './provisioning.pipeline.js';
export type { ProvisioningStep } from './provisioning.pipeline.js';
export type { ResolvedTenant } from './resolved-tenant.js';
export { TenancyMiddleware } from './tenancy.middleware.js';
export { MIGRATE_ALL_JOB, PROVISION_JOB, RETENTION_JOB, TenancyJobs } from './tenancy.jobs.js';
export { TenancyModule } from './tenancy.module.js';
export { PoolExhaustedError, TenantClientPool, TenantPrismaClient } from './tenant-client-pool.js';
export type { Lease, PoolOptions, PoolStats, TenantConnectionInfo } from './tenant-client-pool.js';
export { TenantDatabaseServer } from './tenant-database-server.js';
export { bindTenant, currentTenant, TenantDb } from './tenant-db.js';
export {
  CommittedTenantMigrations,
  TenantMigrationSource,
  TenantMigrator,
} from './tenant-migrator.service.js';
export { TenantResolver } from './tenant-resolver.service.js';
export { TenantUrls } from './tenant-urls.js';
export { TenantJobRunner } from './tenant-job-runner.js';
export { seedTenantDefaults, TEMPLATE_VARIABLES } from './tenant-seed.js';
