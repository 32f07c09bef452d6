import { Injectable, type OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { JobsService } from '#tutti/jobs';
import { TenantJobRunner } from '#tutti/tenancy';

import type { RetentionPeriodsDto } from './dto/privacy.dto.js';
import { PersonalDataService } from './personal-data.service.js';
import {
  type RetentionPeriods,
  type RuleOutcome,
  TenantRetentionRepository,
} from './retention.repository.js';

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
    private readonly people: PersonalDataService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ orchestraId: string }>({
      name: TENANT_RETENTION_JOB,
      policy: 'stately',
      retryLimit: 2,
      expireInSeconds: 10 * 60,
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

  /**
   * Every rule as of now, each recorded: the deletions, then former members anonymised by the
   * same path as a request to be forgotten (their waitlist places pass on too).
   */
  async run(): Promise<RuleOutcome[]> {
    const now = this.clock.now();
    const periods = await this.repo.periods();
    const outcomes = await this.repo.apply(now, periods);
    const left = new Date(now);
    left.setUTCFullYear(left.getUTCFullYear() - periods.formerMemberYears);
    let anonymised = 0;
    for (const id of await this.repo.formerMembers(left))
      if (await this.people.anonymiseIfNamed(id)) anonymised++;
    outcomes.push({ rule: 'former_members_anonymised', rows: anonymised, cutoff: left });
    await this.repo.recordRuns(outcomes, now);
    return outcomes;
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
      auditDays: dto.auditDays ?? (await this.repo.periods()).auditDays,
    };
    await this.repo.setPeriods(periods);
    return this.show();
  }

  async runNow() {
    await this.run();
    return this.show();
  }
}
