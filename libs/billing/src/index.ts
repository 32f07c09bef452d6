export { BillingModule } from './billing.module.js';
export { BillingGraceService } from './billing-grace.service.js';
export { StripeCatalog } from './stripe-catalog.js';
export { STRIPE_EVENT_JOB, StripeWebhooksService } from './stripe-webhooks.service.js';
