import { Inject, Injectable, Logger } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, Clock } from '#tutti/common';
import { BillingRepository, SystemLogRepository } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';

import { STRIPE_EVENT_JOB } from './stripe-webhooks.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The clock's side of billing: trials that ended without a subscription become past due, and
 * ensembles past due for longer than the grace period are suspended (paying lifts it). Also
 * queues again any stored Stripe event left unprocessed. Safe to run on several copies at once.
 */
@Injectable()
export class BillingGraceService {
  private readonly logger = new Logger('Billing');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly billing: BillingRepository,
    private readonly systemLog: SystemLogRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ trialsEnded: number; suspended: number; requeued: number }> {
    const now = this.clock.now();
    const ended = await this.billing.endTrials(now);
    for (const o of ended)
      await this.systemLog.write({
        level: 'info',
        category: 'billing',
        message: 'The trial ended without a subscription: payment is due',
        orchestraId: o.id,
        subdomain: o.subdomain,
      });
    const cutoff = new Date(now.getTime() - this.config.billing.graceDays * DAY_MS);
    const suspended = await this.billing.suspendOverdue(cutoff, now);
    for (const o of suspended) {
      this.logger.warn(`${o.subdomain}: suspended, payment overdue past the grace period`);
      await this.systemLog.write({
        level: 'warn',
        category: 'billing',
        message: `Suspended: payment overdue for more than ${this.config.billing.graceDays} days`,
        orchestraId: o.id,
        subdomain: o.subdomain,
      });
    }
    const stuck = (await this.billing.unprocessedEvents(100)).filter(
      (e) => e.receivedAt.getTime() < now.getTime() - 5 * 60_000,
    );
    for (const e of stuck) await this.jobs.send(STRIPE_EVENT_JOB, { eventId: e.eventId });
    return { trialsEnded: ended.length, suspended: suspended.length, requeued: stuck.length };
  }
}
