import { Module } from '@nestjs/common';
import { AuthModule } from '#tutti/auth';
import { OrchestrasAdminService } from './orchestras-admin.service.js';
import { PlatformController } from './platform.controller.js';
import { TenantMigrationsAdminService } from './tenant-migrations-admin.service.js';

@Module({
  imports: [AuthModule],
  controllers: [PlatformController],
  providers: [OrchestrasAdminService, TenantMigrationsAdminService],
  exports: [OrchestrasAdminService],
})
export class PlatformModule {}
