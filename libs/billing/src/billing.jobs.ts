import { Injectable, OnModuleInit } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';

import { BillingGraceService } from './billing-grace.service.js';
import { STRIPE_EVENT_JOB, StripeWebhooksService } from './stripe-webhooks.service.js';

export const BILLING_GRACE_JOB = 'billing.grace';

@Injectable()
export class BillingJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly webhooks: StripeWebhooksService,
    private readonly grace: BillingGraceService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ eventId: string }>({
      name: STRIPE_EVENT_JOB,
      retryLimit: 8,
      retryDelaySeconds: 10,
      expireInSeconds: 60,
      handler: ({ eventId }) => this.webhooks.process(eventId),
    });
    this.jobs.define<object>({
      name: BILLING_GRACE_JOB,
      policy: 'stately',
      retryLimit: 1,
      expireInSeconds: 5 * 60,
      cron: '*/10 * * * *',
      handler: async () => void (await this.grace.run()),
    });
  }
}
