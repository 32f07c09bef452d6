import { isPlan, type PlanName, planOfLookupKey } from '#tutti/common';
import type { BillingStatus } from '#tutti/control-plane';

/** The parts of a Stripe event this product reads; Stripe's payloads carry much more. */
export interface StripeEventLike {
  id: string;
  type: string;
  created: number;
  livemode?: boolean;
  data: { object: Record<string, unknown> };
}

export interface SubscriptionSnapshot {
  id: string;
  stripeCustomerId: string;
  status: string;
  plan: PlanName | null;
  priceId: string | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  trialEnd: Date | null;
}

/** What an event means for an ensemble, before knowing which ensemble when it does not say. */
export type EventMeaning =
  | {
      kind: 'subscription';
      orchestraId: string | null;
      status: BillingStatus | null;
      subscription: SubscriptionSnapshot;
    }
  | {
      kind: 'invoice';
      orchestraId: string | null;
      subscriptionId: string | null;
      customerId: string | null;
      status: 'active' | 'past_due';
    }
  | {
      kind: 'checkout';
      orchestraId: string | null;
      sessionId: string;
      customerId: string | null;
      subscriptionId: string | null;
    }
  | { kind: 'ignored' };

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const idOf = (v: unknown): string | null =>
  str(v) ?? (v && typeof v === 'object' ? str((v as { id?: unknown }).id) : null);
const time = (v: unknown): Date | null => (typeof v === 'number' ? new Date(v * 1000) : null);
const rec = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};

/** Stripe's subscription statuses, as an ensemble's billing state (null: no change). */
export function billingStatusOf(stripeStatus: string): BillingStatus | null {
  switch (stripeStatus) {
    case 'trialing':
      return 'trialing';
    case 'active':
      return 'active';
    case 'past_due':
    case 'unpaid':
      return 'past_due';
    case 'canceled':
    case 'incomplete_expired':
      return 'canceled';
    default:
      // incomplete (the first payment is being made), paused: nothing to change yet.
      return null;
  }
}

function subscriptionOf(object: Record<string, unknown>): SubscriptionSnapshot {
  const item = rec((rec(object.items).data as unknown[] | undefined)?.[0]);
  const price = rec(item.price);
  const plan = planOfLookupKey(str(price.lookup_key)) ?? rec(price.metadata).plan;
  return {
    id: str(object.id) ?? '',
    stripeCustomerId: idOf(object.customer) ?? '',
    status: str(object.status) ?? 'unknown',
    plan: isPlan(plan) ? plan : null,
    priceId: str(price.id),
    // Since API version 2025-03-31 the period is on each item; before, on the subscription.
    currentPeriodEnd: time(item.current_period_end) ?? time(object.current_period_end),
    cancelAtPeriodEnd: object.cancel_at_period_end === true,
    canceledAt: time(object.canceled_at),
    trialEnd: time(object.trial_end),
  };
}

/** Reads an event: which ensemble (if it says) and what it changes. */
export function meaningOf(event: StripeEventLike): EventMeaning {
  const object = rec(event.data?.object);
  const metadataOrchestra = str(rec(object.metadata).orchestraId);
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
    case 'customer.subscription.paused':
    case 'customer.subscription.resumed': {
      const subscription = subscriptionOf(object);
      const status =
        event.type === 'customer.subscription.deleted'
          ? 'canceled'
          : billingStatusOf(subscription.status);
      return { kind: 'subscription', orchestraId: metadataOrchestra, status, subscription };
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const details = rec(rec(object.parent).subscription_details);
      return {
        kind: 'invoice',
        orchestraId: metadataOrchestra ?? str(rec(details.metadata).orchestraId),
        // Since API version 2025-03-31 an invoice names its subscription under parent.
        subscriptionId: idOf(details.subscription) ?? idOf(object.subscription),
        customerId: idOf(object.customer),
        status: event.type === 'invoice.paid' ? 'active' : 'past_due',
      };
    }
    case 'checkout.session.completed':
      return {
        kind: 'checkout',
        orchestraId: metadataOrchestra ?? str(object.client_reference_id),
        sessionId: str(object.id) ?? '',
        customerId: idOf(object.customer),
        subscriptionId: idOf(object.subscription),
      };
    default:
      return { kind: 'ignored' };
  }
}
