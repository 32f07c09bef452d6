export { ApiKeysRepository } from './api-keys.repository.js';
export type { AuditEntry } from './audit.repository.js';
export { AuditRepository } from './audit.repository.js';
export type { BackupKind, BackupRecord } from './backups.repository.js';
export { BackupsRepository } from './backups.repository.js';
export type { BillingChange, BillingEventRecord, NewBillingEvent } from './billing.repository.js';
export { BillingRepository } from './billing.repository.js';
export type { BrandingRecord } from './branding.repository.js';
export { BrandingRepository } from './branding.repository.js';
export { ControlDb } from './control-db.js';
export { ControlHealthRepository } from './control-health.repository.js';
export { ControlPlaneModule } from './control-plane.module.js';
export type { ControlChannel } from './control-plane-changes.js';
export { CONTROL_CHANNELS, ControlPlaneChanges } from './control-plane-changes.js';
export { CustomDomainsRepository } from './custom-domains.repository.js';
export type {
  DatabaseProvider,
  DatabaseServerChange,
  DatabaseServerRecord,
  DatabaseServerState,
  DatabaseServerWithLoad,
  NewDatabaseServer,
  PlacementRefusal,
} from './database-servers.repository.js';
export { DatabaseServersRepository } from './database-servers.repository.js';
export type { FailedJobRecord } from './failed-jobs.repository.js';
export { FailedJobsRepository } from './failed-jobs.repository.js';
export type { MigrationRunRecord, TenantMigrationOutcome } from './migration-runs.repository.js';
export { MigrationRunsRepository } from './migration-runs.repository.js';
export type {
  BillingStatus,
  EnsembleKind,
  NewOrchestra,
  OrchestraRecord,
  OrchestraStatus,
  OrchestraUpdate,
  Plan,
} from './orchestras.repository.js';
export { OrchestrasRepository } from './orchestras.repository.js';
export type { WindowCount } from './rate-limits.repository.js';
export { RateLimitsRepository } from './rate-limits.repository.js';
export type { RotateOutcome } from './refresh-tokens.repository.js';
export { RefreshTokensRepository } from './refresh-tokens.repository.js';
export { RetentionRepository } from './retention.repository.js';
export type { SystemEvent, SystemLogFilter, SystemLogLevel } from './system-log.repository.js';
export { SystemLogRepository } from './system-log.repository.js';
export type {
  NewTenantMove,
  TenantMoveChange,
  TenantMoveRecord,
} from './tenant-moves.repository.js';
export { TenantMovesRepository } from './tenant-moves.repository.js';
export type {
  StaffChange,
  StaffRecord,
  StaffRefusal,
  UserAccessRecord,
  UserRecord,
  UserRole,
} from './users.repository.js';
export { UsersRepository } from './users.repository.js';
