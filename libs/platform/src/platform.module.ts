import { Module } from '@nestjs/common';

import { AuthModule } from '#tutti/auth';
import { BackupsModule } from '#tutti/backups';

import { OrchestrasAdminService } from './orchestras-admin.service.js';
import { PlatformController } from './platform.controller.js';
import { PlatformInsightsService } from './platform-insights.service.js';
import { PlatformOperationsService } from './platform-operations.service.js';
import { TenantMigrationsAdminService } from './tenant-migrations-admin.service.js';
import { TenantUsageRepository } from './tenant-usage.repository.js';

@Module({
  imports: [AuthModule, BackupsModule],
  controllers: [PlatformController],
  providers: [
    OrchestrasAdminService,
    TenantMigrationsAdminService,
    PlatformInsightsService,
    PlatformOperationsService,
    TenantUsageRepository,
  ],
  exports: [OrchestrasAdminService],
})
export class PlatformModule {}
