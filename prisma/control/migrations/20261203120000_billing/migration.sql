-- Billing with Stripe: each plan's Stripe price, the subscriptions, every webhook event stored
-- once by its id, Checkout sessions started, and each ensemble's billing state (trial, active,
-- past due since when, suspended for billing).

-- CreateEnum
CREATE TYPE "BillingStatus" AS ENUM ('none', 'trialing', 'active', 'past_due', 'canceled');

-- AlterTable
ALTER TABLE "Orchestra" ADD COLUMN     "billingStatus" "BillingStatus" NOT NULL DEFAULT 'none',
ADD COLUMN     "billingEventAt" TIMESTAMPTZ(6),
ADD COLUMN     "pastDueSince" TIMESTAMPTZ(6),
ADD COLUMN     "selfService" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "stripeSubscriptionId" TEXT,
ADD COLUMN     "suspendedForBilling" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "trialEndsAt" TIMESTAMPTZ(6);

-- A past-due ensemble knows since when (the grace period counts from it).
ALTER TABLE "Orchestra" ADD CONSTRAINT "Orchestra_pastDue_since"
  CHECK ("billingStatus" <> 'past_due' OR "pastDueSince" IS NOT NULL);

-- CreateTable
CREATE TABLE "StripePrice" (
    "id" TEXT NOT NULL,
    "plan" "Plan" NOT NULL,
    "productId" TEXT NOT NULL,
    "lookupKey" TEXT NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "interval" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "StripePrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "orchestraId" UUID NOT NULL,
    "customerProfileId" UUID,
    "stripeCustomerId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "plan" "Plan",
    "priceId" TEXT,
    "currentPeriodEnd" TIMESTAMPTZ(6),
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "canceledAt" TIMESTAMPTZ(6),
    "trialEnd" TIMESTAMPTZ(6),
    "lastEventAt" TIMESTAMPTZ(6) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeWebhookEvent" (
    "id" SERIAL NOT NULL,
    "eventId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "eventCreatedAt" TIMESTAMPTZ(6) NOT NULL,
    "objectId" TEXT,
    "payload" JSONB NOT NULL,
    "livemode" BOOLEAN NOT NULL DEFAULT false,
    "processed" BOOLEAN NOT NULL DEFAULT false,
    "processedAt" TIMESTAMPTZ(6),
    "outcome" TEXT,
    "errorMessage" TEXT,
    "orchestraId" UUID,
    "requestId" TEXT,
    "receivedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeCheckoutSession" (
    "id" TEXT NOT NULL,
    "orchestraId" UUID NOT NULL,
    "plan" "Plan" NOT NULL,
    "url" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(6),

    CONSTRAINT "StripeCheckoutSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StripePrice_plan_key" ON "StripePrice"("plan");

-- CreateIndex
CREATE UNIQUE INDEX "StripePrice_lookupKey_key" ON "StripePrice"("lookupKey");

-- CreateIndex
CREATE INDEX "Subscription_orchestraId_idx" ON "Subscription"("orchestraId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeWebhookEvent_eventId_key" ON "StripeWebhookEvent"("eventId");

-- CreateIndex
CREATE INDEX "StripeWebhookEvent_processed_receivedAt_idx" ON "StripeWebhookEvent"("processed", "receivedAt");

-- CreateIndex
CREATE INDEX "StripeCheckoutSession_orchestraId_idx" ON "StripeCheckoutSession"("orchestraId");

-- CreateIndex
CREATE INDEX "Orchestra_billingStatus_idx" ON "Orchestra"("billingStatus");

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_orchestraId_fkey" FOREIGN KEY ("orchestraId") REFERENCES "Orchestra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_customerProfileId_fkey" FOREIGN KEY ("customerProfileId") REFERENCES "CustomerProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeCheckoutSession" ADD CONSTRAINT "StripeCheckoutSession_orchestraId_fkey" FOREIGN KEY ("orchestraId") REFERENCES "Orchestra"("id") ON DELETE CASCADE ON UPDATE CASCADE;
