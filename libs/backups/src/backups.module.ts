import { Module } from '@nestjs/common';

import { BackupsController } from './backups.controller.js';
import { BackupsJobs } from './backups.jobs.js';
import { BackupsService } from './backups.service.js';
import { RestoreBackup } from './restore-backup.use-case.js';
import { TenantDumpRepository } from './tenant-dump.repository.js';

@Module({
  controllers: [BackupsController],
  providers: [BackupsService, RestoreBackup, TenantDumpRepository, BackupsJobs],
  exports: [BackupsService, TenantDumpRepository],
})
export class BackupsModule {}
