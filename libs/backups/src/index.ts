export { BackupsModule } from './backups.module.js';
export { BACKUP_SCHEDULE, BackupsService } from './backups.service.js';
export type { DumpHeader } from './tenant-dump.repository.js';
export { TenantDumpRepository } from './tenant-dump.repository.js';
