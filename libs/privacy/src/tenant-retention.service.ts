import { Injectable, type OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { JobsService } from '#tutti/jobs';
import { TenantJobRunner } from '#tutti/tenancy';

import type { RetentionPeriodsDto } from './dto/privacy.dto.js';
import { type RetentionPeriods, TenantRetentionRepository } from './retention.repository.js';

export const TENANT_RETENTION_JOB = 'privacy.retention';

/**
 * An ensemble's retention: its periods, the rules applied by a job (one per tenant per day,
 * queued by the daily clean-up), and the record of each run.
 */
@Injectable()
export class TenantRetention implements OnModuleInit {
  constructor(
    private readonly repo: TenantRetentionRepository,
    private readonly jobs: JobsService,
    private readonly runner: TenantJobRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ orchestraId: string }>({
      name: TENANT_RETENTION_JOB,
      policy: 'stately',
      retryLimit: 2,
      handler: async ({ orchestraId }) =>
        void (await this.runner.run(orchestraId, () => this.run())),
    });
  }

  /** Queues a run for each tenant (idempotent: a tenant's run is queued once at a time). */
  async queueAll(orchestraIds: string[]): Promise<void> {
    await this.jobs.sendMany(
      TENANT_RETENTION_JOB,
      orchestraIds.map((orchestraId) => ({ data: { orchestraId } })),
    );
  }

  async run() {
    return this.repo.apply(this.clock.now(), await this.repo.periods());
  }

  async show() {
    const runs = await this.repo.runs(50);
    return {
      periods: await this.repo.periods(),
      runs: runs.map((r) => ({ rule: r.rule, rows: r.rows, cutoff: r.cutoff, ranAt: r.ranAt })),
    };
  }

  async setPeriods(dto: RetentionPeriodsDto) {
    const periods: RetentionPeriods = {
      downloadLogDays: dto.downloadLogDays,
      communicationLogDays: dto.communicationLogDays,
      waitlistDaysAfterEvent: dto.waitlistDaysAfterEvent,
      formerMemberYears: dto.formerMemberYears,
    };
    await this.repo.setPeriods(periods);
    return this.show();
  }

  async runNow() {
    await this.run();
    return this.show();
  }
}
