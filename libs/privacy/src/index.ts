export { PrivacyModule } from './privacy.module.js';
export type { RetentionPeriods, RuleOutcome } from './retention.repository.js';
export { DEFAULT_PERIODS } from './retention.repository.js';
export { TENANT_RETENTION_JOB, TenantRetention } from './tenant-retention.service.js';
