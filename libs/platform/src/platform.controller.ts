import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Roles } from '#tutti/auth';
import type { AuthPrincipal } from '#tutti/common';
import { TenantUrls } from '#tutti/tenancy';

import {
  AuditLogQuery,
  CreateOrchestraDto,
  DeleteOrchestraDto,
  ImpersonateDto,
  InviteUserDto,
  ListOrchestrasQuery,
  SuspendDto,
} from './dto/orchestra.dto.js';
import { orchestraView } from './orchestra.view.js';
import { OrchestrasAdminService } from './orchestras-admin.service.js';
import { PlatformInsightsService } from './platform-insights.service.js';
import { TenantMigrationsAdminService } from './tenant-migrations-admin.service.js';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

@ApiTags('platform')
@ApiBearerAuth()
@Roles('superadmin')
@Controller('platform')
export class PlatformController {
  constructor(
    private readonly admin: OrchestrasAdminService,
    private readonly migrations: TenantMigrationsAdminService,
    private readonly insights: PlatformInsightsService,
    private readonly urls: TenantUrls,
  ) {}

  private view = (o: Parameters<typeof orchestraView>[0]) =>
    orchestraView(o, (s) => this.urls.tenant(s));

  @Post('orchestras')
  @HttpCode(202)
  async create(@Body() dto: CreateOrchestraDto) {
    return this.view(await this.admin.create(dto));
  }

  @Get('orchestras')
  list(@Query() q: ListOrchestrasQuery) {
    return this.insights.list(q);
  }

  @Get('orchestras/:id')
  async get(@Id() id: string) {
    return this.view(await this.admin.get(id));
  }

  @Post('orchestras/:id/provisioning/retry')
  @HttpCode(202)
  async retry(@Id() id: string) {
    return this.view(await this.admin.retryProvisioning(id));
  }

  @Post('orchestras/:id/suspend')
  @HttpCode(200)
  async suspend(@Id() id: string, @Body() dto: SuspendDto) {
    return this.view(await this.admin.suspend(id, dto.reason));
  }

  @Post('orchestras/:id/resume')
  @HttpCode(200)
  async resume(@Id() id: string) {
    return this.view(await this.admin.resume(id));
  }

  @Delete('orchestras/:id')
  async remove(@Id() id: string, @Body() dto: DeleteOrchestraDto) {
    return this.view(await this.admin.delete(id, dto.confirmSubdomain));
  }

  @Post('orchestras/:id/invitations')
  @HttpCode(201)
  invite(@Id() id: string, @Body() dto: InviteUserDto) {
    return this.admin.invite(id, dto);
  }

  @Post('orchestras/:id/impersonate')
  @HttpCode(200)
  impersonate(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Id() id: string,
    @Body() dto: ImpersonateDto,
  ) {
    return this.admin.impersonate(principal, id, dto.reason);
  }

  @Post('tenant-migrations')
  @HttpCode(202)
  migrateAll(@CurrentPrincipal() principal: AuthPrincipal) {
    return this.migrations.start(principal.userId);
  }

  @Get('tenant-migrations/:id')
  migrationRun(@Id() id: string) {
    return this.migrations.get(id);
  }

  /** How much of its plan an ensemble uses, read from its own database. */
  @Get('orchestras/:id/usage')
  usage(@Id() id: string) {
    return this.insights.usage(id);
  }

  /** Who did what on the platform: provisioning, suspensions, deletions, impersonations. */
  @Get('audit-logs')
  auditLogs(@Query() q: AuditLogQuery) {
    return this.insights.auditLogs(q);
  }

  @Get('metrics')
  metrics() {
    return this.insights.metrics();
  }
}
