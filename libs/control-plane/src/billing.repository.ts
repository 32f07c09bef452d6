import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { Orchestra, Prisma, StripeWebhookEvent } from './generated/client.js';
import type { BillingStatus, Plan } from './generated/enums.js';

export type BillingEventRecord = StripeWebhookEvent;

export interface NewBillingEvent {
  eventId: string;
  eventType: string;
  eventCreatedAt: Date;
  objectId: string | null;
  payload: object;
  livemode: boolean;
  requestId: string | null;
}

/** What one Stripe event says about an ensemble, as of the event's creation time. */
export interface BillingChange {
  orchestraId: string;
  /** The event's `created`: an older event than the ensemble's last one changes nothing. */
  at: Date;
  status?: BillingStatus;
  plan?: Plan;
  limits?: { maxMusicians: number; maxProjects: number; pricePerMonth: number };
  subscription?: {
    id: string;
    stripeCustomerId: string;
    status: string;
    plan: Plan | null;
    priceId: string | null;
    currentPeriodEnd: Date | null;
    cancelAtPeriodEnd: boolean;
    canceledAt: Date | null;
    trialEnd: Date | null;
  };
}

export interface BillingOutcome {
  applied: boolean;
  before: Orchestra;
  after: Orchestra;
}

const SUBSCRIPTION_ENDED = 'The subscription has ended';
const PAYMENT_OVERDUE = 'Payment is overdue';

/**
 * The control plane's billing rows: Stripe prices per plan, webhook events (each stored once),
 * subscriptions, Checkout sessions, and the billing state of each ensemble. A state change is
 * applied under the ensemble's row lock and only if its event is not older than the last one
 * applied, so events processed in any order end in the state of the newest.
 */
@Injectable()
export class BillingRepository {
  constructor(private readonly db: ControlDb) {}

  /** Stores an event unless its id is already stored; true when it is new. */
  async recordEvent(event: NewBillingEvent): Promise<boolean> {
    const { count } = await this.db.client.stripeWebhookEvent.createMany({
      data: [{ ...event, payload: event.payload }],
      skipDuplicates: true,
    });
    return count === 1;
  }

  event(eventId: string): Promise<BillingEventRecord | null> {
    return this.db.client.stripeWebhookEvent.findUnique({ where: { eventId } });
  }

  async finishEvent(
    eventId: string,
    outcome: { outcome: string; orchestraId: string | null; at: Date },
  ): Promise<void> {
    await this.db.client.stripeWebhookEvent.update({
      where: { eventId },
      data: {
        processed: true,
        processedAt: outcome.at,
        outcome: outcome.outcome,
        orchestraId: outcome.orchestraId,
        errorMessage: null,
      },
    });
  }

  async failEvent(eventId: string, message: string): Promise<void> {
    await this.db.client.stripeWebhookEvent.update({
      where: { eventId },
      data: { errorMessage: message.slice(0, 1000) },
    });
  }

  /** Events received but not processed (newest first): the console's view of stuck billing. */
  unprocessedEvents(limit: number): Promise<BillingEventRecord[]> {
    return this.db.client.stripeWebhookEvent.findMany({
      where: { processed: false },
      orderBy: { receivedAt: 'desc' },
      take: limit,
    });
  }

  /** Applies a change under the ensemble's row lock, unless a newer event already has. */
  applyChange(change: BillingChange, now: Date): Promise<BillingOutcome> {
    return this.db.client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Orchestra" WHERE id = ${change.orchestraId}::uuid FOR UPDATE`;
      const before = await tx.orchestra.findUniqueOrThrow({ where: { id: change.orchestraId } });
      if (before.billingEventAt && change.at < before.billingEventAt) {
        return { applied: false, before, after: before };
      }
      const data: Prisma.OrchestraUpdateInput = { billingEventAt: change.at };
      if (change.plan) data.plan = change.plan;
      if (change.limits) Object.assign(data, change.limits);
      if (change.subscription) data.stripeSubscriptionId = change.subscription.id;
      switch (change.status) {
        case 'active':
        case 'trialing':
          data.billingStatus = change.status;
          data.pastDueSince = null;
          if (before.suspendedForBilling && before.status === 'suspended') {
            Object.assign(data, { status: 'active', statusReason: null, suspendedAt: null });
          }
          data.suspendedForBilling = false;
          break;
        case 'past_due':
          data.billingStatus = 'past_due';
          data.pastDueSince = before.pastDueSince ?? change.at;
          break;
        case 'canceled':
          data.billingStatus = 'canceled';
          data.pastDueSince = null;
          if (before.status === 'active') {
            Object.assign(data, {
              status: 'suspended',
              statusReason: SUBSCRIPTION_ENDED,
              suspendedAt: now,
              suspendedForBilling: true,
            });
          }
          break;
        default:
          break;
      }
      const after = await tx.orchestra.update({ where: { id: change.orchestraId }, data });
      if (change.subscription) {
        const sub = change.subscription;
        const fields = {
          stripeCustomerId: sub.stripeCustomerId,
          status: sub.status,
          plan: sub.plan,
          priceId: sub.priceId,
          currentPeriodEnd: sub.currentPeriodEnd,
          cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
          canceledAt: sub.canceledAt,
          trialEnd: sub.trialEnd,
          lastEventAt: change.at,
        };
        await tx.subscription.upsert({
          where: { id: sub.id },
          create: {
            id: sub.id,
            orchestraId: change.orchestraId,
            customerProfileId: before.customerProfileId,
            ...fields,
          },
          update: fields,
        });
      }
      return { applied: true, before, after };
    });
  }

  /** The ensemble whose Stripe customer or subscription this is, for events without metadata. */
  async orchestraOf(ref: {
    subscriptionId?: string | null;
    customerId?: string | null;
  }): Promise<string | null> {
    if (ref.subscriptionId) {
      const o = await this.db.client.orchestra.findFirst({
        where: { stripeSubscriptionId: ref.subscriptionId },
        select: { id: true },
      });
      if (o) return o.id;
      const s = await this.db.client.subscription.findUnique({
        where: { id: ref.subscriptionId },
        select: { orchestraId: true },
      });
      if (s) return s.orchestraId;
    }
    if (ref.customerId) {
      const owned = await this.db.client.orchestra.findMany({
        where: {
          customerProfile: { stripeCustomerId: ref.customerId },
          status: { not: 'deleted' },
        },
        select: { id: true },
        take: 2,
      });
      // A customer that owns several ensembles says nothing about which one.
      if (owned.length === 1) return owned[0].id;
    }
    return null;
  }

  /** The billing owner of an ensemble, with its Stripe customer if it has one. */
  async customerOf(orchestraId: string) {
    const o = await this.db.client.orchestra.findUniqueOrThrow({
      where: { id: orchestraId },
      select: { customerProfile: true },
    });
    return o.customerProfile;
  }

  /** Keeps the Stripe customer made for a profile; an existing one wins (two racing starts). */
  async linkCustomer(customerProfileId: string, stripeCustomerId: string): Promise<string> {
    await this.db.client.customerProfile.updateMany({
      where: { id: customerProfileId, stripeCustomerId: null },
      data: { stripeCustomerId },
    });
    const profile = await this.db.client.customerProfile.findUniqueOrThrow({
      where: { id: customerProfileId },
    });
    return profile.stripeCustomerId!;
  }

  async recordCheckout(row: {
    id: string;
    orchestraId: string;
    plan: Plan;
    url: string | null;
  }): Promise<void> {
    await this.db.client.stripeCheckoutSession.upsert({
      where: { id: row.id },
      create: row,
      update: { url: row.url },
    });
  }

  async completeCheckout(id: string, at: Date): Promise<void> {
    await this.db.client.stripeCheckoutSession.updateMany({
      where: { id, status: 'open' },
      data: { status: 'complete', completedAt: at },
    });
  }

  prices() {
    return this.db.client.stripePrice.findMany({ orderBy: { unitAmount: 'asc' } });
  }

  priceOf(plan: Plan) {
    return this.db.client.stripePrice.findUnique({ where: { plan } });
  }

  async upsertPrice(row: {
    id: string;
    plan: Plan;
    productId: string;
    lookupKey: string;
    unitAmount: number;
    currency: string;
    interval: string;
  }): Promise<void> {
    const { plan, ...rest } = row;
    await this.db.client.$transaction([
      // A plan has one current price: a re-priced plan replaces the row of the old one.
      this.db.client.stripePrice.deleteMany({ where: { plan, id: { not: row.id } } }),
      this.db.client.stripePrice.upsert({
        where: { id: row.id },
        create: { plan, ...rest },
        update: { plan, ...rest, active: true },
      }),
    ]);
  }

  /**
   * Trials that have ended without a subscription become past due from the day they ended;
   * the grace period then runs as for a failed payment. Returns the ensembles moved.
   */
  async endTrials(now: Date): Promise<Array<{ id: string; subdomain: string }>> {
    return this.db.client.$queryRaw<Array<{ id: string; subdomain: string }>>`
      UPDATE "Orchestra"
         SET "billingStatus" = 'past_due', "pastDueSince" = "trialEndsAt", "updatedAt" = ${now}
       WHERE "billingStatus" = 'trialing' AND "trialEndsAt" < ${now}
         AND "stripeSubscriptionId" IS NULL AND status <> 'deleted'
      RETURNING id, subdomain`;
  }

  /**
   * Suspends the active ensembles past due since before `cutoff`, in one statement: two
   * workers running the sweep at once suspend each ensemble once. Returns those suspended.
   */
  async suspendOverdue(cutoff: Date, now: Date): Promise<Array<{ id: string; subdomain: string }>> {
    return this.db.client.$queryRaw<Array<{ id: string; subdomain: string }>>`
      UPDATE "Orchestra"
         SET status = 'suspended', "statusReason" = ${PAYMENT_OVERDUE}, "suspendedAt" = ${now},
             "suspendedForBilling" = true, "updatedAt" = ${now}
       WHERE "billingStatus" = 'past_due' AND "pastDueSince" < ${cutoff} AND status = 'active'
      RETURNING id, subdomain`;
  }
}
