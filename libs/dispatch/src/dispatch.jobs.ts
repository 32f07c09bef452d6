import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';
import { TenantJobRunner } from '#tutti/tenancy';

import { DispatchNeed } from './dispatch-need.use-case.js';
import {
  DISPATCH_JOB,
  type NeedJob,
  REMIND_JOB,
  type RequestJob,
  SWEEP_JOB,
  TIMEOUT_JOB,
} from './dispatch-queue.js';
import { RequestTimers } from './request-timers.service.js';

/** The engine's durable jobs: dispatch, timeout, reminder, and the sweep for lost timers. */
@Injectable()
export class DispatchJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly runner: TenantJobRunner,
    private readonly dispatchNeed: DispatchNeed,
    private readonly timers: RequestTimers,
  ) {}

  onModuleInit(): void {
    this.jobs.define<NeedJob>({
      name: DISPATCH_JOB,
      policy: 'stately',
      retryLimit: 5,
      retryDelaySeconds: 2,
      // One need's selection and inserts: seconds. A dispatch caught by a dying worker resumes
      // within a minute.
      expireInSeconds: 30,
      handler: async ({ orchestraId, needId }) =>
        void (await this.runner.run(orchestraId, () => this.dispatchNeed.execute(needId))),
    });
    this.jobs.define<RequestJob>({
      name: TIMEOUT_JOB,
      retryLimit: 5,
      expireInSeconds: 30,
      handler: async ({ orchestraId, requestId }) =>
        void (await this.runner.run(orchestraId, () => this.timers.timeout(requestId))),
    });
    this.jobs.define<object>({
      name: SWEEP_JOB,
      policy: 'stately',
      retryLimit: 0,
      expireInSeconds: 5 * 60,
      cron: '*/5 * * * *',
      handler: async () => void (await this.timers.sweepAll()),
    });
    this.jobs.define<RequestJob>({
      name: REMIND_JOB,
      retryLimit: 3,
      expireInSeconds: 30,
      handler: async (data) => void (await this.timers.onReminderJob(data)),
    });
  }
}
