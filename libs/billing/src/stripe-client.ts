import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

import { billingNotConfigured } from './billing.errors.js';

/**
 * The Stripe SDK, configured once. `STRIPE_API_BASE` points it elsewhere (tests: a stand-in on
 * 127.0.0.1 that answers in Stripe's shapes); without `STRIPE_SECRET_KEY` billing is off and
 * its routes answer 503 `billing/not-configured`.
 */
@Injectable()
export class StripeClient {
  private readonly client: Stripe | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { stripeSecretKey, stripeApiBase } = config.billing;
    const base = stripeApiBase ? new URL(stripeApiBase) : null;
    this.client = stripeSecretKey
      ? new Stripe(stripeSecretKey, {
          maxNetworkRetries: 2,
          timeout: 20_000,
          appInfo: { name: 'Tutti' },
          ...(base
            ? {
                host: base.hostname,
                port: base.port || (base.protocol === 'https:' ? 443 : 80),
                protocol: base.protocol === 'https:' ? 'https' : 'http',
              }
            : {}),
        })
      : null;
  }

  get configured(): boolean {
    return this.client !== null;
  }

  get api(): Stripe {
    if (!this.client) throw billingNotConfigured();
    return this.client;
  }

  /** The event if `signature` (the Stripe-Signature header) signs `payload`; throws otherwise. */
  verify(payload: Buffer, signature: string): Stripe.Event {
    const secret = this.config.billing.stripeWebhookSecret;
    if (!secret) throw billingNotConfigured();
    return Stripe.webhooks.constructEvent(payload, signature, secret);
  }
}
