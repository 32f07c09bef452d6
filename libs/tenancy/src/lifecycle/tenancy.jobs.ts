import { Injectable, OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { MigrationRunsRepository, SystemLogRepository } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';

import { ProvisioningPipeline } from './provisioning.pipeline.js';
import { TenantMigrator } from './tenant-migrator.service.js';

export const PROVISION_JOB = 'tenant.provision';
export const MIGRATE_ALL_JOB = 'tenants.migrate';

/** The tenancy platform's durable jobs (provisioning, migrate-all); both are safe to run again. */
@Injectable()
export class TenancyJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly pipeline: ProvisioningPipeline,
    private readonly migrator: TenantMigrator,
    private readonly runs: MigrationRunsRepository,
    private readonly systemLog: SystemLogRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ orchestraId: string }>({
      name: PROVISION_JOB,
      policy: 'stately',
      // A failing step is recorded on the orchestra (status failed) and retried by a
      // superadmin; the one retry here is for a job handed back by a stopping worker.
      retryLimit: 1,
      // Creating and migrating a database: minutes at most; a dead worker's job resumes after.
      expireInSeconds: 10 * 60,
      handler: async ({ orchestraId }) => {
        await this.pipeline.run(orchestraId);
      },
    });
    this.jobs.define<{ runId: string }>({
      name: MIGRATE_ALL_JOB,
      policy: 'stately',
      retryLimit: 1,
      expireInSeconds: 60 * 60,
      handler: async ({ runId }) => {
        const run = await this.runs.findById(runId);
        if (!run || run.status !== 'running') return;
        const startedAt = performance.now();
        // Each tenant's outcome is recorded as it happens, in order; the run is closed after.
        let recorded = Promise.resolve();
        const outcomes = await this.migrator.migrateAll((o) => {
          recorded = recorded.then(() => this.runs.recordOutcome(runId, o)).catch(() => undefined);
        });
        await recorded;
        await this.runs.finish(runId, outcomes, this.clock.now());
        const failed = outcomes.filter((o) => o.status === 'failed').length;
        await this.systemLog.write({
          level: failed ? 'error' : 'info',
          category: 'migrations',
          message: failed
            ? 'tenant migrations finished with failures'
            : 'tenant migrations finished',
          metadata: { runId, tenants: outcomes.length, failed },
          startedAt,
        });
      },
    });
  }

  provision(orchestraId: string) {
    return this.jobs.send(PROVISION_JOB, { orchestraId }, { singletonKey: orchestraId });
  }

  migrateAll(runId: string) {
    return this.jobs.send(MIGRATE_ALL_JOB, { runId }, { singletonKey: 'all' });
  }
}
