import { Injectable } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';
import { currentTenant } from '#tutti/tenancy';

export const DISPATCH_JOB = 'need.dispatch';
export const TIMEOUT_JOB = 'request.timeout';
export const REMIND_JOB = 'request.remind';
export const SWEEP_JOB = 'requests.sweep';

export interface NeedJob {
  orchestraId: string;
  needId: number;
}
export interface RequestJob {
  orchestraId: string;
  requestId: number;
  sealedToken?: string;
}

/** Queues the engine's work in the current tenant; sending always happens in a job. */
@Injectable()
export class DispatchQueue {
  constructor(private readonly jobs: JobsService) {}

  /** One queued dispatch per need at a time (a stately singleton). */
  async dispatch(needId: number): Promise<void> {
    const orchestraId = currentTenant().id;
    await this.jobs.send<NeedJob>(
      DISPATCH_JOB,
      { orchestraId, needId },
      { singletonKey: `${orchestraId}:${needId}` },
    );
  }

  async timers(
    requests: Array<{ id: number; deadlineAt: Date; remindAt: Date; sealedToken: string }>,
  ): Promise<void> {
    const orchestraId = currentTenant().id;
    await this.jobs.sendMany<RequestJob>(
      TIMEOUT_JOB,
      requests.map((r) => ({ data: { orchestraId, requestId: r.id }, startAfter: r.deadlineAt })),
    );
    await this.jobs.sendMany<RequestJob>(
      REMIND_JOB,
      requests.map((r) => ({
        data: { orchestraId, requestId: r.id, sealedToken: r.sealedToken },
        startAfter: r.remindAt,
      })),
    );
  }
}
