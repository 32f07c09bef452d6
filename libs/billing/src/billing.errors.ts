import { DomainError } from '#tutti/common';

export const billingNotConfigured = () =>
  new DomainError(
    'billing/not-configured',
    'unavailable',
    'Billing is not set up on this installation (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET)',
  );

export const badStripeSignature = () =>
  new DomainError('webhook/bad-signature', 'forbidden', 'The Stripe signature does not match');

export const planNotPriced = (plan: string) =>
  new DomainError(
    'billing/plan-not-priced',
    'unavailable',
    `The ${plan} plan has no Stripe price yet; run npm run stripe:sync`,
    { plan },
  );

export const noStripeCustomer = () =>
  new DomainError(
    'billing/no-customer',
    'conflict',
    'The ensemble has no Stripe customer yet: choose a plan first',
  );

export const signupClosed = () =>
  new DomainError('signup/closed', 'forbidden', 'Sign-up is closed on this installation');
