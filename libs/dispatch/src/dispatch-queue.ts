import { Injectable } from '@nestjs/common';

import { currentTenant, TenantOutbox } from '#tutti/tenancy';

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

/**
 * Queues the engine's work in the current tenant, through its outbox: committed with the change
 * that calls for it. Sending always happens in a job.
 */
@Injectable()
export class DispatchQueue {
  constructor(private readonly outbox: TenantOutbox) {}

  /** One queued dispatch per need at a time (a stately singleton). */
  async dispatch(needId: number): Promise<void> {
    const orchestraId = currentTenant().id;
    await this.outbox.send({
      queue: DISPATCH_JOB,
      data: { orchestraId, needId } satisfies NeedJob,
      singletonKey: `${orchestraId}:${needId}`,
    });
  }

  async timers(
    requests: Array<{ id: number; deadlineAt: Date; remindAt: Date; sealedToken: string }>,
  ): Promise<void> {
    const orchestraId = currentTenant().id;
    await this.outbox.sendMany([
      ...requests.map((r) => ({
        queue: TIMEOUT_JOB,
        data: { orchestraId, requestId: r.id } satisfies RequestJob,
        startAfter: r.deadlineAt,
      })),
      ...requests.map((r) => ({
        queue: REMIND_JOB,
        data: { orchestraId, requestId: r.id, sealedToken: r.sealedToken } satisfies RequestJob,
        startAfter: r.remindAt,
      })),
    ]);
  }
}
