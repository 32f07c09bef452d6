import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentPrincipal } from '#tutti/auth';
import type { AuthPrincipal } from '#tutti/common';
import { TenantUrls } from '#tutti/tenancy';

import {
  AuditLogQuery,
  ChangePlanDto,
  CreateOrchestraDto,
  DeleteOrchestraDto,
  FailedJobsQuery,
  ImpersonateDto,
  InviteUserDto,
  ListOrchestrasQuery,
  SuspendDto,
  SystemLogQuery,
} from './dto/orchestra.dto.js';
import {
  AuditPage,
  FailedJobPage,
  ImpersonationView,
  InvitationView,
  MetricsView,
  MigrationRunView,
  OrchestraPage,
  OrchestraView,
  RetriedJobView,
  SystemLogPage,
  TenantHealthView,
  UsageView,
} from './dto/orchestra.views.js';
import { orchestraView } from './orchestra.view.js';
import { OrchestrasAdminService } from './orchestras-admin.service.js';
import { PlatformInsightsService } from './platform-insights.service.js';
import { PlatformOperationsService } from './platform-operations.service.js';
import { TenantMigrationsAdminService } from './tenant-migrations-admin.service.js';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

@ApiTags('platform')
@ApiBearerAuth()
@Controller('platform')
export class PlatformController {
  constructor(
    private readonly admin: OrchestrasAdminService,
    private readonly migrations: TenantMigrationsAdminService,
    private readonly insights: PlatformInsightsService,
    private readonly operations: PlatformOperationsService,
    private readonly urls: TenantUrls,
  ) {}

  private view = (o: Parameters<typeof orchestraView>[0]) =>
    orchestraView(o, (s) => this.urls.tenant(s));

  @ApiOperation({ summary: 'Provision an ensemble: its database is created in the background' })
  @ApiAcceptedResponse({ type: OrchestraView })
  @Post('orchestras')
  @HttpCode(202)
  async create(@Body() dto: CreateOrchestraDto) {
    return this.view(await this.admin.create(dto));
  }

  @ApiOperation({ summary: 'Ensembles with status, plan and schema version' })
  @ApiOkResponse({ type: OrchestraPage })
  @Get('orchestras')
  list(@Query() q: ListOrchestrasQuery) {
    return this.insights.list(q);
  }

  @ApiOperation({ summary: 'One ensemble, with its provisioning progress' })
  @ApiOkResponse({ type: OrchestraView })
  @Get('orchestras/:id')
  async get(@Id() id: string) {
    return this.view(await this.admin.get(id));
  }

  @ApiOperation({ summary: 'Retry a failed provisioning from its last step' })
  @ApiAcceptedResponse({ type: OrchestraView })
  @Post('orchestras/:id/provisioning/retry')
  @HttpCode(202)
  async retry(@Id() id: string) {
    return this.view(await this.admin.retryProvisioning(id));
  }

  @ApiOperation({ summary: 'Suspend an ensemble, with a reason' })
  @ApiOkResponse({ type: OrchestraView })
  @Post('orchestras/:id/suspend')
  @HttpCode(200)
  async suspend(@Id() id: string, @Body() dto: SuspendDto) {
    return this.view(await this.admin.suspend(id, dto.reason));
  }

  @ApiOperation({ summary: "Change an ensemble's plan, and its limits if they differ" })
  @ApiOkResponse({ type: OrchestraView })
  @Patch('orchestras/:id/plan')
  async changePlan(@Id() id: string, @Body() dto: ChangePlanDto) {
    return this.view(await this.admin.changePlan(id, dto));
  }

  @ApiOperation({ summary: "The ensemble's database: reachable, schema version, size" })
  @ApiOkResponse({ type: TenantHealthView })
  @Get('orchestras/:id/health')
  health(@Id() id: string) {
    return this.operations.health(id);
  }

  @ApiOperation({ summary: 'Jobs that used up their retries, newest first, with the error' })
  @ApiOkResponse({ type: FailedJobPage })
  @Get('jobs/failed')
  failedJobs(@Query() q: FailedJobsQuery) {
    return this.operations.listFailedJobs(q);
  }

  @ApiOperation({ summary: 'Put a failed job back in its queue' })
  @ApiOkResponse({ type: RetriedJobView })
  @Post('jobs/:id/retry')
  @HttpCode(200)
  retryJob(@Id() id: string) {
    return this.operations.retryJob(id);
  }

  @ApiOperation({ summary: 'Resume a suspended ensemble' })
  @ApiOkResponse({ type: OrchestraView })
  @Post('orchestras/:id/resume')
  @HttpCode(200)
  async resume(@Id() id: string) {
    return this.view(await this.admin.resume(id));
  }

  @ApiOperation({ summary: 'Delete an ensemble (type its subdomain to confirm)' })
  @ApiOkResponse({ type: OrchestraView })
  @Delete('orchestras/:id')
  async remove(@Id() id: string, @Body() dto: DeleteOrchestraDto) {
    return this.view(await this.admin.delete(id, dto.confirmSubdomain));
  }

  @ApiOperation({ summary: "Invite an ensemble's first admin: the link is shown once" })
  @ApiCreatedResponse({ type: InvitationView })
  @Post('orchestras/:id/invitations')
  @HttpCode(201)
  invite(@Id() id: string, @Body() dto: InviteUserDto) {
    return this.admin.invite(id, dto);
  }

  @ApiOperation({ summary: "Act as the ensemble's admin for a while, with a reason (audited)" })
  @ApiOkResponse({ type: ImpersonationView })
  @Post('orchestras/:id/impersonate')
  @HttpCode(200)
  impersonate(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Id() id: string,
    @Body() dto: ImpersonateDto,
  ) {
    return this.admin.impersonate(principal, id, dto.reason);
  }

  @ApiOperation({ summary: 'Migrate every tenant database to the current schema' })
  @ApiAcceptedResponse({ type: MigrationRunView })
  @Post('tenant-migrations')
  @HttpCode(202)
  migrateAll(@CurrentPrincipal() principal: AuthPrincipal) {
    return this.migrations.start(principal.userId);
  }

  @ApiOperation({ summary: "A migrate-all run with each tenant's outcome" })
  @ApiOkResponse({ type: MigrationRunView })
  @Get('tenant-migrations/:id')
  migrationRun(@Id() id: string) {
    return this.migrations.get(id);
  }

  @ApiOperation({ summary: 'How much of its plan an ensemble uses' })
  @ApiOkResponse({ type: UsageView })
  /** How much of its plan an ensemble uses, read from its own database. */
  @Get('orchestras/:id/usage')
  usage(@Id() id: string) {
    return this.insights.usage(id);
  }

  @ApiOperation({ summary: "The platform's audit log" })
  @ApiOkResponse({ type: AuditPage })
  /** Who did what on the platform: provisioning, suspensions, deletions, impersonations. */
  @Get('audit-logs')
  auditLogs(@Query() q: AuditLogQuery) {
    return this.insights.auditLogs(q);
  }

  @ApiOperation({ summary: "The platform's event log: sign-ins, provisioning, suspensions" })
  @ApiOkResponse({ type: SystemLogPage })
  @Get('system-logs')
  systemLogs(@Query() q: SystemLogQuery) {
    return this.insights.systemLogs(q);
  }

  @ApiOperation({ summary: 'Pool and process metrics of this gateway' })
  @ApiOkResponse({ type: MetricsView })
  @Get('metrics')
  metrics() {
    return this.insights.metrics();
  }
}
