import { Injectable } from '@nestjs/common';

import { Clock, pageOf } from '#tutti/common';
import { AuditRepository, OrchestrasRepository, SystemLogRepository } from '#tutti/control-plane';
import { TenantClientPool, TenantResolver, TenantUrls } from '#tutti/tenancy';

import type { AuditLogQuery, ListOrchestrasQuery, SystemLogQuery } from './dto/orchestra.dto.js';
import { noDatabase } from './orchestra.errors.js';
import { orchestraView } from './orchestra.view.js';
import { OrchestrasAdminService } from './orchestras-admin.service.js';
import { TenantUsageRepository } from './tenant-usage.repository.js';

const USAGE_DAYS = 30;

/** What superadmins read: the ensembles, their usage, the audit log, the pool. */
@Injectable()
export class PlatformInsightsService {
  constructor(
    private readonly admin: OrchestrasAdminService,
    private readonly orchestras: OrchestrasRepository,
    private readonly usageRepo: TenantUsageRepository,
    private readonly resolver: TenantResolver,
    private readonly audit: AuditRepository,
    private readonly systemLog: SystemLogRepository,
    private readonly pool: TenantClientPool,
    private readonly urls: TenantUrls,
    private readonly clock: Clock,
  ) {}

  async list(q: ListOrchestrasQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.orchestras.list(
      { status: q.status, plan: q.plan, q: q.q },
      { skip, take: size },
    );
    return {
      items: items.map((o) => orchestraView(o, (s) => this.urls.tenant(s))),
      total,
      page,
      pageSize: size,
    };
  }

  /** How much of its plan an ensemble uses, read from its own database. */
  async usage(id: string) {
    const o = await this.admin.get(id);
    const connection = this.resolver.toResolved(o).connection;
    if (o.status === 'deleted' || !connection) {
      throw noDatabase(o.status);
    }
    const now = this.clock.now();
    const since = new Date(now.getTime() - USAGE_DAYS * 86_400_000);
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const u = await this.usageRepo.usage(connection, since, monthStart);
    return {
      plan: o.plan,
      limits: { maxMusicians: o.maxMusicians, maxProjects: o.maxProjects },
      musicians: u.musicians,
      projects: u.projects,
      requestsLast30Days: u.requestsSince,
      messagesLast30Days: u.messagesSince.reduce((sum, m) => sum + m.count, 0),
      messagesThisMonth: u.messagesThisMonth,
      messagesByChannel: u.messagesSince,
    };
  }

  async auditLogs(q: AuditLogQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.audit.list(
      { orchestraId: q.orchestraId, action: q.action },
      { skip, take: size },
    );
    return { items, total, page, pageSize: size };
  }

  async systemLogs(q: SystemLogQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.systemLog.list(
      { level: q.level, category: q.category, orchestraId: q.orchestraId, q: q.q },
      { skip, take: size },
    );
    return { items, total, page, pageSize: size };
  }

  async metrics() {
    return {
      tenantClientPool: this.pool.stats(),
      orchestras: await this.orchestras.countByStatus(),
    };
  }
}
