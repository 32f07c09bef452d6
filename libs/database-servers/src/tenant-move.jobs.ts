import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';

import { TenantMovePipeline } from './tenant-move.pipeline.js';

export const MOVE_JOB = 'tenant.move';

/** A move runs in a job: a worker that stops half-way hands it back and it resumes. */
@Injectable()
export class TenantMoveJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly pipeline: TenantMovePipeline,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ moveId: string }>({
      name: MOVE_JOB,
      policy: 'stately',
      retryLimit: 2,
      // One move at a time per process: each holds a whole tenant in memory while it copies.
      concurrency: 1,
      expireInSeconds: 60 * 60,
      handler: async ({ moveId }) => {
        await this.pipeline.run(moveId);
      },
    });
  }

  run(moveId: string) {
    return this.jobs.send(MOVE_JOB, { moveId }, { singletonKey: moveId });
  }
}
