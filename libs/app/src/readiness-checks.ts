import { Injectable, type OnModuleInit } from '@nestjs/common';

import { ControlHealthRepository } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';
import { Readiness } from '#tutti/observability';

/** What /ready checks: the control-plane database, and the job database where jobs run. */
@Injectable()
export class ReadinessChecks implements OnModuleInit {
  constructor(
    private readonly readiness: Readiness,
    private readonly control: ControlHealthRepository,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.readiness.register('control-plane', () => this.control.reachable());
    this.readiness.register('job-database', () => this.jobs.reachable());
  }
}
