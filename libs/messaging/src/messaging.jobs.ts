import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '#tutti/common';
import { JobsService } from '#tutti/jobs';
import { TenantJobRunner } from '#tutti/tenancy';

import { SEND_MESSAGE_JOB, type SendJob } from './message-queue.js';
import { SendMessage } from './send-message.use-case.js';

const SEND_RETRIES = 5;

/** The messaging module's durable jobs. */
@Injectable()
export class MessagingJobs implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly runner: TenantJobRunner,
    private readonly sendMessage: SendMessage,
  ) {}

  onModuleInit(): void {
    this.jobs.define<SendJob>({
      name: SEND_MESSAGE_JOB,
      retryLimit: SEND_RETRIES,
      retryDelaySeconds: this.config.messaging.retryDelaySeconds,
      concurrency: 4,
      // One provider call (its own timeout is shorter): a send caught by a dying worker is
      // retried within a minute, and the provider's idempotency key keeps it from arriving twice.
      expireInSeconds: 30,
      handler: async ({ orchestraId, logId, sealedToken }, job) => {
        await this.runner.run(orchestraId, () =>
          this.sendMessage.execute({
            logId,
            sealedToken,
            finalAttempt: job.retryCount >= SEND_RETRIES,
          }),
        );
      },
    });
  }
}
