import { Injectable } from '@nestjs/common';

import { DomainError } from '#tutti/common';
import { MigrationRunsRepository } from '#tutti/control-plane';
import { TenancyJobs } from '#tutti/tenancy';

@Injectable()
export class TenantMigrationsAdminService {
  constructor(
    private readonly runs: MigrationRunsRepository,
    private readonly jobs: TenancyJobs,
  ) {}

  async start(requestedBy: string) {
    const run = await this.runs.start(requestedBy);
    await this.jobs.migrateAll(run.id);
    return run;
  }

  async get(id: string) {
    const run = await this.runs.findById(id);
    if (!run)
      throw new DomainError('migration-run/not-found', 'not_found', `No migration run ${id}`);
    return run;
  }
}
