// The request path: Host → tenant → context → the tenant's client.
export { subdomainProblem } from './request/host.js';
export type { ResolvedTenant } from './request/resolved-tenant.js';
export { databaseMoving } from './request/tenancy.errors.js';
export { TenancyMiddleware } from './request/tenancy.middleware.js';
export { currentTenant } from './request/tenant-context.js';
export { TenantDb } from './request/tenant-db.js';
export { TenantJobRunner } from './request/tenant-job-runner.js';
export { TenantResolver } from './request/tenant-resolver.service.js';
export { TenantUrls } from './request/tenant-urls.js';
export { UnitOfWork } from './request/unit-of-work.js';
// The outbox: jobs a change causes, committed with it.
export type { OutboxJob } from './outbox/outbox.repository.js';
export { OUTBOX_RELAY_JOB, TenantOutbox } from './outbox/tenant-outbox.js';
// The pool of tenant clients.
export { configureNeonDriver } from './pool/neon-driver.js';
export type { PoolStats, TenantConnectionInfo } from './pool/tenant-client-pool.js';
export { TenantClientPool, TenantPrismaClient } from './pool/tenant-client-pool.js';
// A tenant's life: provisioning, seeding, migrations.
export type { ProvisioningStep } from './lifecycle/provisioning.pipeline.js';
export { ProvisioningObserver } from './lifecycle/provisioning.pipeline.js';
export { PROVISIONING_STEPS } from './lifecycle/provisioning.pipeline.js';
export { TenancyJobs } from './lifecycle/tenancy.jobs.js';
export { TenantDatabaseServer } from './lifecycle/tenant-database-server.js';
export type { MigrationProgress } from './lifecycle/tenant-migrator.service.js';
export {
  progressLine,
  TenantMigrationSource,
  TenantMigrator,
} from './lifecycle/tenant-migrator.service.js';
export type { SeedContribution, TenantTransaction } from './lifecycle/tenant-seeds.js';
export { TenantSeeds } from './lifecycle/tenant-seeds.js';
export { TenancyModule } from './tenancy.module.js';
