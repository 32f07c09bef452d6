import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { qk } from '../lib/query-keys';

export type Billing = components['schemas']['BillingView'];
export type PlanOffer = components['schemas']['PlanOffer'];

/** The ensemble's plan and payments; polled while a payment is being confirmed. */
export function useBilling(options: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: qk('billing'),
    queryFn: () => unwrap(api.GET('/api/billing')),
    staleTime: 60_000,
    refetchInterval: options.poll ? 2_000 : false,
  });
}

/** Öre/cents per month as the reader writes money: "49,90 kr" or "SEK 49.90". */
export function formatPrice(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    style: 'currency',
    currency: currency.toUpperCase(),
  }).format(amount / 100);
}
