import { Module } from '@nestjs/common';

import { AuthModule } from '#tutti/auth';
import { PlatformModule } from '#tutti/platform';

import { BillingController, StripeWebhookController } from './billing.controller.js';
import { BillingJobs } from './billing.jobs.js';
import { BillingService } from './billing.service.js';
import { BillingGraceService } from './billing-grace.service.js';
import { PlanUsageRepository } from './plan-usage.repository.js';
import { SignupController } from './signup.controller.js';
import { SignupService } from './signup.service.js';
import { StripeCatalog } from './stripe-catalog.js';
import { StripeClient } from './stripe-client.js';
import { StripeWebhooksService } from './stripe-webhooks.service.js';

/** Plans and payments with Stripe, and self-service sign-up on the central domain. */
@Module({
  imports: [AuthModule, PlatformModule],
  controllers: [BillingController, StripeWebhookController, SignupController],
  providers: [
    StripeClient,
    StripeCatalog,
    BillingService,
    BillingGraceService,
    BillingJobs,
    PlanUsageRepository,
    StripeWebhooksService,
    SignupService,
  ],
  exports: [StripeCatalog, BillingGraceService],
})
export class BillingModule {}
