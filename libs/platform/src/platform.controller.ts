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
import { type AuthPrincipal, DomainError, pageOf } from '#tutti/common';
import { AuditRepository, OrchestrasRepository } from '#tutti/control-plane';
import { CurrentPrincipal, Roles } from '#tutti/auth';
import { TenantClientPool, TenantResolver, TenantUrls } from '#tutti/tenancy';
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
    private readonly orchestras: OrchestrasRepository,
    private readonly pool: TenantClientPool,
    private readonly urls: TenantUrls,
    private readonly audit: AuditRepository,
    private readonly resolver: TenantResolver,
  ) {}

  private view = (o: Parameters<typeof orchestraView>[0]) =>
    orchestraView(o, (s) => this.urls.tenant(s));

  @Post('orchestras')
  @HttpCode(202)
  async create(@Body() dto: CreateOrchestraDto) {
    return this.view(await this.admin.create(dto));
  }

  @Get('orchestras')
  async list(@Query() q: ListOrchestrasQuery) {
    const { page, size, skip } = pageOf(q);
    const rows = await this.orchestras.list({ status: q.status }, { skip, take: size });
    return { items: rows.map(this.view), page, pageSize: size };
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
  async usage(@Id() id: string) {
    const o = await this.admin.get(id);
    const connection = this.resolver.toResolved(o).connection;
    if (o.status === 'deleted' || !connection) {
      throw new DomainError(
        'orchestra/no-database',
        'conflict',
        `The orchestra has no database (${o.status})`,
      );
    }
    const since = new Date(Date.now() - 30 * 86_400_000);
    const counts = await this.pool.withClient(connection, async (db) => ({
      musicians: await db.musician.count({ where: { isArchived: false } }),
      projects: await db.project.count({ where: { isArchived: false } }),
      requestsLast30Days: await db.request.count({ where: { sentAt: { gte: since } } }),
      messagesLast30Days: await db.communicationLog.groupBy({
        by: ['channel', 'status'],
        where: { createdAt: { gte: since } },
        _count: { _all: true },
      }),
    }));
    return {
      plan: o.plan,
      limits: { maxMusicians: o.maxMusicians, maxProjects: o.maxProjects },
      musicians: counts.musicians,
      projects: counts.projects,
      requestsLast30Days: counts.requestsLast30Days,
      messagesLast30Days: counts.messagesLast30Days.map((m) => ({
        channel: m.channel,
        status: m.status,
        count: m._count._all,
      })),
    };
  }

  /** Who did what on the platform: provisioning, suspensions, deletions, impersonations. */
  @Get('audit-logs')
  auditLogs(@Query() q: AuditLogQuery) {
    return this.audit.list({ orchestraId: q.orchestraId, action: q.action }, q.take ?? 100);
  }

  @Get('metrics')
  async metrics() {
    return {
      tenantClientPool: this.pool.stats(),
      orchestras: await this.orchestras.countByStatus(),
    };
  }
}
