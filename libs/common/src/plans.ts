/**
 * The plans an ensemble can be on: the monthly price (in öre/cents, SEK) and what it allows.
 * Stripe holds the same prices (created by `npm run stripe:sync`, found by lookup key); these
 * limits are what the gateway enforces. Lowering a plan never deletes data: creates beyond the
 * new limit are refused until the ensemble archives some or moves up.
 */
export const PLANS = {
  small: { name: 'Small', maxMusicians: 75, maxProjects: 10, pricePerMonth: 2490 },
  medium: { name: 'Medium', maxMusicians: 200, maxProjects: 20, pricePerMonth: 4990 },
  large: { name: 'Large', maxMusicians: 1000, maxProjects: 100, pricePerMonth: 9990 },
} as const;

export type PlanName = keyof typeof PLANS;
export const PLAN_NAMES = Object.keys(PLANS) as PlanName[];
export const PLAN_CURRENCY = 'sek';

export const isPlan = (value: unknown): value is PlanName =>
  typeof value === 'string' && value in PLANS;

/** The Stripe price lookup key of a plan's monthly price. */
export const planLookupKey = (plan: PlanName) => `tutti_${plan}_monthly`;

/** The plan a Stripe lookup key names, if it is one of ours. */
export function planOfLookupKey(key: string | null | undefined): PlanName | null {
  const m = /^tutti_([a-z]+)_monthly$/.exec(key ?? '');
  return m && isPlan(m[1]) ? m[1] : null;
}

export const limitsOf = (plan: PlanName) => ({
  maxMusicians: PLANS[plan].maxMusicians,
  maxProjects: PLANS[plan].maxProjects,
  pricePerMonth: PLANS[plan].pricePerMonth,
});
