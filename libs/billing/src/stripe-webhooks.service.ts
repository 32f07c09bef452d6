import { Injectable, Logger } from '@nestjs/common';

import { Clock, DomainError, limitsOf, requestContext } from '#tutti/common';
import {
  type BillingChange,
  BillingRepository,
  type OrchestraRecord,
  SystemLogRepository,
} from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';
import { TenantResolver } from '#tutti/tenancy';

import { badStripeSignature } from './billing.errors.js';
import { StripeClient } from './stripe-client.js';
import { meaningOf, type StripeEventLike } from './stripe-events.js';

export const STRIPE_EVENT_JOB = 'billing.stripe-event';

/**
 * Stripe's webhooks: each event is checked with the SDK, stored once by its id (a second
 * delivery changes nothing) and processed by a job. Processing reads only the stored event;
 * an event older than the last one applied to its ensemble is recorded as stale, so events
 * processed in any order leave the state the newest one describes.
 */
@Injectable()
export class StripeWebhooksService {
  private readonly logger = new Logger('Billing');

  constructor(
    private readonly stripe: StripeClient,
    private readonly billing: BillingRepository,
    private readonly jobs: JobsService,
    private readonly resolver: TenantResolver,
    private readonly systemLog: SystemLogRepository,
    private readonly clock: Clock,
  ) {}

  async receive(
    raw: Buffer | undefined,
    signature: string | undefined,
  ): Promise<{ received: true; duplicate: boolean }> {
    if (!raw || !signature) throw badStripeSignature();
    let event: StripeEventLike;
    try {
      event = this.stripe.verify(raw, signature) as unknown as StripeEventLike;
    } catch (err) {
      if (err instanceof DomainError) throw err;
      throw badStripeSignature();
    }
    const isNew = await this.billing.recordEvent({
      eventId: event.id,
      eventType: event.type,
      eventCreatedAt: new Date(event.created * 1000),
      objectId: typeof event.data?.object?.id === 'string' ? event.data.object.id : null,
      payload: event,
      livemode: event.livemode === true,
      requestId: requestContext.get()?.requestId ?? null,
    });
    // A repeated delivery of an event not processed yet queues it again (processing is
    // idempotent): an event stored just before a crash is not lost.
    if (isNew || !(await this.billing.event(event.id))?.processed) {
      await this.jobs.send(STRIPE_EVENT_JOB, { eventId: event.id });
    }
    return { received: true, duplicate: !isNew };
  }

  /** Applies a stored event to its ensemble; running it again changes nothing. */
  async process(eventId: string): Promise<void> {
    const row = await this.billing.event(eventId);
    if (!row || row.processed) return;
    const started = performance.now();
    try {
      const { outcome, orchestraId, change } = await this.apply(
        row.payload as never,
        row.eventCreatedAt,
      );
      await this.billing.finishEvent(eventId, { outcome, orchestraId, at: this.clock.now() });
      if (change) await this.logChange(row.eventType, eventId, change, started);
    } catch (err) {
      await this.billing.failEvent(eventId, (err as Error).message);
      throw err;
    }
  }

  private async apply(
    event: StripeEventLike,
    at: Date,
  ): Promise<{
    outcome: string;
    orchestraId: string | null;
    change?: { before: OrchestraRecord; after: OrchestraRecord };
  }> {
    const meaning = meaningOf(event);
    const now = this.clock.now();
    switch (meaning.kind) {
      case 'ignored':
        return { outcome: 'ignored', orchestraId: null };
      case 'checkout': {
        if (!meaning.orchestraId) return { outcome: 'unmatched', orchestraId: null };
        const profile = await this.billing.customerOf(meaning.orchestraId);
        if (profile && meaning.customerId)
          await this.billing.linkCustomer(profile.id, meaning.customerId);
        await this.billing.completeCheckout(meaning.sessionId, now);
        return { outcome: 'recorded', orchestraId: meaning.orchestraId };
      }
      case 'subscription':
      case 'invoice': {
        const orchestraId =
          meaning.orchestraId ??
          (await this.billing.orchestraOf(
            meaning.kind === 'subscription'
              ? {
                  subscriptionId: meaning.subscription.id,
                  customerId: meaning.subscription.stripeCustomerId,
                }
              : { subscriptionId: meaning.subscriptionId, customerId: meaning.customerId },
          ));
        if (!orchestraId) return { outcome: 'unmatched', orchestraId: null };
        const change: BillingChange = { orchestraId, at, status: meaning.status ?? undefined };
        if (meaning.kind === 'subscription') {
          change.subscription = meaning.subscription;
          const plan = meaning.subscription.plan;
          if (plan && meaning.status !== 'canceled') {
            // The plan and its limits follow the subscription; nothing is deleted when they
            // shrink: creates past the new limit are refused until the ensemble is under it.
            change.plan = plan;
            change.limits = limitsOf(plan);
          }
        }
        const result = await this.billing.applyChange(change, now);
        if (!result.applied) return { outcome: 'stale', orchestraId };
        this.resolver.invalidate(orchestraId);
        return { outcome: 'applied', orchestraId, change: result };
      }
    }
  }

  private async logChange(
    type: string,
    eventId: string,
    { before, after }: { before: OrchestraRecord; after: OrchestraRecord },
    startedAt: number,
  ): Promise<void> {
    const moved =
      before.billingStatus !== after.billingStatus ||
      before.status !== after.status ||
      before.plan !== after.plan;
    if (!moved) return;
    const message =
      `${type}: billing ${before.billingStatus} → ${after.billingStatus}` +
      (before.status !== after.status ? `, ensemble ${before.status} → ${after.status}` : '') +
      (before.plan !== after.plan ? `, plan ${before.plan} → ${after.plan}` : '');
    this.logger.log(`${after.subdomain}: ${message}`);
    await this.systemLog.write({
      level: after.status === 'suspended' && before.status !== 'suspended' ? 'warn' : 'info',
      category: 'billing',
      message,
      orchestraId: after.id,
      subdomain: after.subdomain,
      metadata: { eventId, plan: after.plan, billingStatus: after.billingStatus },
      startedAt,
    });
  }
}
