import { Global, Module } from '@nestjs/common';

import { ApiKeysRepository } from './api-keys.repository.js';
import { AuditRepository } from './audit.repository.js';
import { BackupsRepository } from './backups.repository.js';
import { BillingRepository } from './billing.repository.js';
import { BrandingRepository } from './branding.repository.js';
import { ControlDb } from './control-db.js';
import { ControlHealthRepository } from './control-health.repository.js';
import { ControlPlaneChanges } from './control-plane-changes.js';
import { CustomDomainsRepository } from './custom-domains.repository.js';
import { DatabaseServersRepository } from './database-servers.repository.js';
import { FailedJobsRepository } from './failed-jobs.repository.js';
import { MigrationRunsRepository } from './migration-runs.repository.js';
import { OrchestrasRepository } from './orchestras.repository.js';
import { RateLimitsRepository } from './rate-limits.repository.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { RetentionRepository } from './retention.repository.js';
import { SystemLogRepository } from './system-log.repository.js';
import { TenantMovesRepository } from './tenant-moves.repository.js';
import { UsersRepository } from './users.repository.js';

const providers = [
  ControlDb,
  ControlPlaneChanges,
  OrchestrasRepository,
  UsersRepository,
  RefreshTokensRepository,
  AuditRepository,
  MigrationRunsRepository,
  RetentionRepository,
  ApiKeysRepository,
  ControlHealthRepository,
  RateLimitsRepository,
  SystemLogRepository,
  CustomDomainsRepository,
  DatabaseServersRepository,
  TenantMovesRepository,
  BrandingRepository,
  BillingRepository,
  FailedJobsRepository,
  BackupsRepository,
];

@Global()
@Module({ providers, exports: providers })
export class ControlPlaneModule {}
