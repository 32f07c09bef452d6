import { Injectable } from '@nestjs/common';

import { Clock, driverErrorText, pageOf } from '#tutti/common';
import { AuditRepository, FailedJobsRepository } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';
import { latestMigration } from '#tutti/migrations';
import { TenantMigrationSource, TenantResolver } from '#tutti/tenancy';

import type { FailedJobsQuery } from './dto/orchestra.dto.js';
import { failedJobNotFound, noDatabase } from './orchestra.errors.js';
import { OrchestrasAdminService } from './orchestras-admin.service.js';
import { TenantUsageRepository } from './tenant-usage.repository.js';

/** What superadmins keep running: each tenant database's health, and jobs that failed. */
@Injectable()
export class PlatformOperationsService {
  private expected?: Promise<string | null>;

  constructor(
    private readonly admin: OrchestrasAdminService,
    private readonly resolver: TenantResolver,
    private readonly tenants: TenantUsageRepository,
    private readonly migrations: TenantMigrationSource,
    private readonly failedJobs: FailedJobsRepository,
    private readonly jobs: JobsService,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Reachable, the schema the database really has against the one shipped, and its size. */
  async health(id: string) {
    const o = await this.admin.get(id);
    const connection = this.resolver.toResolved(o).connection;
    if (o.status === 'deleted' || !connection) throw noDatabase(o.status);
    this.expected ??= this.migrations.load().then(latestMigration);
    const expectedSchemaVersion = await this.expected;
    const checkedAt = this.clock.now();
    try {
      const h = await this.tenants.health(connection);
      return {
        reachable: true,
        ...h,
        expectedSchemaVersion,
        upToDate: h.schemaVersion === expectedSchemaVersion,
        error: null,
        checkedAt,
      };
    } catch (err) {
      return {
        reachable: false,
        latencyMs: null,
        schemaVersion: null,
        expectedSchemaVersion,
        upToDate: false,
        databaseBytes: null,
        error: driverErrorText(err),
        checkedAt,
      };
    }
  }

  async listFailedJobs(q: FailedJobsQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.failedJobs.list({ name: q.name }, { skip, take: size });
    return { items, total, page, pageSize: size };
  }

  /** Puts a failed job back in its queue; a second click finds it no longer failed (404). */
  async retryJob(id: string): Promise<{ id: string; name: string }> {
    const name = await this.failedJobs.failedJobQueue(id);
    if (!name || !(await this.jobs.retry(name, id))) throw failedJobNotFound(id);
    await this.audit.record({
      action: 'job.retry',
      targetType: 'job',
      targetId: id,
      after: { name },
    });
    return { id, name };
  }
}
