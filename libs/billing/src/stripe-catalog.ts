import { Injectable, Logger } from '@nestjs/common';

import { PLAN_CURRENCY, PLAN_NAMES, planLookupKey, PLANS } from '#tutti/common';
import { BillingRepository } from '#tutti/control-plane';

import { StripeClient } from './stripe-client.js';

/**
 * Keeps one Stripe product and monthly price per plan, found by the price's lookup key. Safe
 * to run again and again (`npm run stripe:sync`): an existing price with the plan's amount is
 * kept; a changed amount gets a new price that takes over the lookup key (Stripe prices are
 * immutable), and creates carry idempotency keys so a retried run makes nothing twice.
 */
@Injectable()
export class StripeCatalog {
  private readonly logger = new Logger('Billing');

  constructor(
    private readonly stripe: StripeClient,
    private readonly billing: BillingRepository,
  ) {}

  async sync(): Promise<Array<{ plan: string; priceId: string; created: boolean }>> {
    const api = this.stripe.api;
    const results = [];
    for (const plan of PLAN_NAMES) {
      const def = PLANS[plan];
      const lookupKey = planLookupKey(plan);
      const found = await api.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
      let price = found.data[0];
      const current =
        price && price.unit_amount === def.pricePerMonth && price.currency === PLAN_CURRENCY;
      if (!current) {
        const productId =
          typeof price?.product === 'string'
            ? price.product
            : (
                await api.products.create(
                  { name: `Tutti ${def.name}`, metadata: { plan } },
                  { idempotencyKey: `tutti-product-${plan}` },
                )
              ).id;
        price = await api.prices.create(
          {
            product: productId,
            currency: PLAN_CURRENCY,
            unit_amount: def.pricePerMonth,
            recurring: { interval: 'month' },
            lookup_key: lookupKey,
            transfer_lookup_key: true,
            metadata: { plan },
          },
          { idempotencyKey: `tutti-price-${plan}-${def.pricePerMonth}-${PLAN_CURRENCY}` },
        );
        this.logger.log(`${plan}: price ${price.id} created`);
      }
      await this.billing.upsertPrice({
        id: price.id,
        plan,
        productId: typeof price.product === 'string' ? price.product : price.product.id,
        lookupKey,
        unitAmount: price.unit_amount ?? def.pricePerMonth,
        currency: price.currency,
        interval: price.recurring?.interval ?? 'month',
      });
      results.push({ plan, priceId: price.id, created: !current });
    }
    return results;
  }
}
