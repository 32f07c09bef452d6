import { Inject, Injectable } from '@nestjs/common';

import {
  APP_CONFIG,
  type AppConfig,
  DomainError,
  PLAN_CURRENCY,
  PLAN_NAMES,
  type PlanName,
  PLANS,
} from '#tutti/common';
import { BillingRepository } from '#tutti/control-plane';
import { currentTenant, TenantUrls } from '#tutti/tenancy';

import type { BillingView } from './billing.dto.js';
import { noStripeCustomer, planNotPriced } from './billing.errors.js';
import { PlanUsageRepository } from './plan-usage.repository.js';
import { StripeClient } from './stripe-client.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const alreadySubscribed = () =>
  new DomainError(
    'billing/already-subscribed',
    'conflict',
    'The ensemble already has a subscription: change the plan in the billing portal',
  );

/** The plans on offer, cheapest first. */
export const planOffers = () =>
  PLAN_NAMES.map((name) => ({
    plan: name,
    name: PLANS[name].name,
    pricePerMonth: PLANS[name].pricePerMonth,
    maxMusicians: PLANS[name].maxMusicians,
    maxProjects: PLANS[name].maxProjects,
  }));

export interface CheckoutTarget {
  orchestraId: string;
  subdomain: string;
  plan: PlanName;
  successUrl: string;
  cancelUrl: string;
  trialEndsAt?: Date | null;
}

/** An ensemble's plan and payments: what it is on, Checkout to subscribe, the portal. */
@Injectable()
export class BillingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly stripe: StripeClient,
    private readonly billing: BillingRepository,
    private readonly usage: PlanUsageRepository,
    private readonly urls: TenantUrls,
  ) {}

  async show(): Promise<BillingView> {
    const t = currentTenant();
    const usage = await this.usage.usage();
    const graceEndsAt =
      t.billing.status === 'past_due' && t.billing.pastDueSince
        ? new Date(t.billing.pastDueSince.getTime() + this.config.billing.graceDays * DAY_MS)
        : null;
    return {
      plan: t.plan,
      limits: t.limits,
      usage,
      status: t.billing.status,
      trialEndsAt: t.billing.trialEndsAt?.toISOString() ?? null,
      pastDueSince: t.billing.pastDueSince?.toISOString() ?? null,
      graceEndsAt: graceEndsAt?.toISOString() ?? null,
      suspended: t.billing.suspendedForBilling,
      stripeConfigured: this.stripe.configured,
      currency: PLAN_CURRENCY,
      plans: planOffers(),
    };
  }

  async checkout(plan: PlanName): Promise<{ url: string }> {
    const t = currentTenant();
    if (t.billing.subscribed) throw alreadySubscribed();
    const base = this.urls.tenant(t.subdomain);
    return this.startCheckout({
      orchestraId: t.id,
      subdomain: t.subdomain,
      plan,
      successUrl: `${base}/billing?checkout=success`,
      cancelUrl: `${base}/billing?checkout=canceled`,
      trialEndsAt: t.billing.status === 'trialing' ? t.billing.trialEndsAt : null,
    });
  }

  /** A Checkout session for a plan; the ensemble's Stripe customer is made on first use. */
  async startCheckout(target: CheckoutTarget): Promise<{ url: string }> {
    const api = this.stripe.api;
    const price = await this.billing.priceOf(target.plan);
    if (!price) throw planNotPriced(target.plan);
    const customer = await this.customerId(target.orchestraId);
    const trialEnd =
      target.trialEndsAt && target.trialEndsAt.getTime() > Date.now() + 2 * DAY_MS
        ? Math.floor(target.trialEndsAt.getTime() / 1000)
        : undefined;
    const session = await api.checkout.sessions.create({
      mode: 'subscription',
      customer,
      client_reference_id: target.orchestraId,
      line_items: [{ price: price.id, quantity: 1 }],
      metadata: { orchestraId: target.orchestraId, plan: target.plan },
      subscription_data: {
        metadata: { orchestraId: target.orchestraId, plan: target.plan },
        // A trial in progress carries on into the subscription: the first charge is at its end.
        ...(trialEnd ? { trial_end: trialEnd } : {}),
      },
      success_url: target.successUrl,
      cancel_url: target.cancelUrl,
    });
    await this.billing.recordCheckout({
      id: session.id,
      orchestraId: target.orchestraId,
      plan: target.plan,
      url: session.url,
    });
    return { url: session.url! };
  }

  async portal(): Promise<{ url: string }> {
    const t = currentTenant();
    const customer = await this.billing.customerOf(t.id);
    if (!customer?.stripeCustomerId) throw noStripeCustomer();
    const session = await this.stripe.api.billingPortal.sessions.create({
      customer: customer.stripeCustomerId,
      return_url: `${this.urls.tenant(t.subdomain)}/billing`,
    });
    return { url: session.url };
  }

  private async customerId(orchestraId: string): Promise<string> {
    const profile = await this.billing.customerOf(orchestraId);
    if (!profile) throw new Error(`Ensemble ${orchestraId} has no customer profile`);
    if (profile.stripeCustomerId) return profile.stripeCustomerId;
    const created = await this.stripe.api.customers.create(
      {
        name: profile.legalBusinessName,
        email: profile.contactEmail,
        metadata: { customerProfileId: profile.id },
      },
      { idempotencyKey: `tutti-customer-${profile.id}` },
    );
    return this.billing.linkCustomer(profile.id, created.id);
  }
}
