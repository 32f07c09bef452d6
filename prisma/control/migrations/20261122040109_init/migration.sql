-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrchestraStatus" AS ENUM ('provisioning', 'active', 'failed', 'suspended', 'deleted');

-- CreateEnum
CREATE TYPE "EnsembleKind" AS ENUM ('orchestra', 'band');

-- CreateEnum
CREATE TYPE "Plan" AS ENUM ('small', 'medium', 'large');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('superadmin', 'admin', 'staff');

-- CreateEnum
CREATE TYPE "DatabaseProvider" AS ENUM ('postgres', 'neon');

-- CreateTable
CREATE TABLE "CustomerProfile" (
    "id" UUID NOT NULL,
    "legalBusinessName" TEXT NOT NULL,
    "dbaName" TEXT,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "stripeCustomerId" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "billingAddress" JSONB,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "CustomerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Orchestra" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "EnsembleKind" NOT NULL DEFAULT 'orchestra',
    "subdomain" TEXT NOT NULL,
    "customDomain" TEXT,
    "customDomainVerified" BOOLEAN NOT NULL DEFAULT false,
    "status" "OrchestraStatus" NOT NULL DEFAULT 'provisioning',
    "statusReason" TEXT,
    "customerProfileId" UUID,
    "databaseProvider" "DatabaseProvider" NOT NULL DEFAULT 'postgres',
    "databaseName" TEXT,
    "databaseUrlEncrypted" TEXT,
    "credentialsVersion" INTEGER NOT NULL DEFAULT 1,
    "provisioningStep" TEXT,
    "provisioningError" TEXT,
    "provisioningAttempts" INTEGER NOT NULL DEFAULT 0,
    "adminEmail" TEXT NOT NULL,
    "adminName" TEXT NOT NULL,
    "schemaVersion" TEXT,
    "lastMigrationAt" TIMESTAMPTZ(6),
    "lastMigrationStatus" TEXT,
    "lastMigrationError" TEXT,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "plan" "Plan" NOT NULL DEFAULT 'medium',
    "maxMusicians" INTEGER NOT NULL DEFAULT 200,
    "maxProjects" INTEGER NOT NULL DEFAULT 20,
    "pricePerMonth" INTEGER NOT NULL DEFAULT 4990,
    "locale" TEXT NOT NULL DEFAULT 'sv',
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "resendApiKeyEncrypted" TEXT,
    "emailFromAddress" TEXT,
    "emailFromName" TEXT,
    "emailReplyTo" TEXT,
    "twilioAccountSid" TEXT,
    "twilioAuthTokenEncrypted" TEXT,
    "twilioFromNumber" TEXT,
    "smsOnRequest" BOOLEAN NOT NULL DEFAULT false,
    "smsOnReminder" BOOLEAN NOT NULL DEFAULT false,
    "smsOnConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "smsOnPositionFilled" BOOLEAN NOT NULL DEFAULT false,
    "smsOnGroupEmail" BOOLEAN NOT NULL DEFAULT false,
    "features" JSONB NOT NULL DEFAULT '{}',
    "logoUrl" TEXT,
    "faviconUrl" TEXT,
    "primaryColor" TEXT NOT NULL DEFAULT '#3B82F6',
    "secondaryColor" TEXT NOT NULL DEFAULT '#1E40AF',
    "webhookUrl" TEXT,
    "webhookSecretEncrypted" TEXT,
    "suspendedAt" TIMESTAMPTZ(6),
    "deletedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Orchestra_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "orchestraId" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'staff',
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "invitationTokenHash" TEXT,
    "invitationExpiresAt" TIMESTAMPTZ(6),
    "lastLoginAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "orchestraId" UUID,
    "familyId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(6) NOT NULL,
    "revokedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "orchestraId" UUID NOT NULL,
    "description" TEXT,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(6),
    "revokedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "actorUserId" UUID,
    "orchestraId" UUID,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "requestId" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MigrationRun" (
    "id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "requestedBy" UUID,
    "total" INTEGER NOT NULL DEFAULT 0,
    "succeeded" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "results" JSONB NOT NULL DEFAULT '[]',
    "startedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(6),

    CONSTRAINT "MigrationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemLog" (
    "id" UUID NOT NULL,
    "timestamp" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "metadata" JSONB,
    "userId" UUID,
    "orchestraId" UUID,
    "subdomain" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "requestId" TEXT,
    "duration" INTEGER,

    CONSTRAINT "SystemLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CustomerProfile_stripeCustomerId_key" ON "CustomerProfile"("stripeCustomerId");

-- CreateIndex
CREATE INDEX "CustomerProfile_contactEmail_idx" ON "CustomerProfile"("contactEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Orchestra_subdomain_key" ON "Orchestra"("subdomain");

-- CreateIndex
CREATE UNIQUE INDEX "Orchestra_customDomain_key" ON "Orchestra"("customDomain");

-- CreateIndex
CREATE UNIQUE INDEX "Orchestra_databaseName_key" ON "Orchestra"("databaseName");

-- CreateIndex
CREATE INDEX "Orchestra_status_idx" ON "Orchestra"("status");

-- CreateIndex
CREATE INDEX "Orchestra_customerProfileId_idx" ON "Orchestra"("customerProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "User_invitationTokenHash_key" ON "User"("invitationTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "User_orchestraId_email_key" ON "User"("orchestraId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RefreshToken_familyId_idx" ON "RefreshToken"("familyId");

-- CreateIndex
CREATE INDEX "RefreshToken_expiresAt_idx" ON "RefreshToken"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_orchestraId_idx" ON "ApiKey"("orchestraId");

-- CreateIndex
CREATE INDEX "AuditLog_orchestraId_createdAt_idx" ON "AuditLog"("orchestraId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_createdAt_idx" ON "AuditLog"("actorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "SystemLog_orchestraId_timestamp_idx" ON "SystemLog"("orchestraId", "timestamp");

-- CreateIndex
CREATE INDEX "SystemLog_timestamp_idx" ON "SystemLog"("timestamp");

-- AddForeignKey
ALTER TABLE "Orchestra" ADD CONSTRAINT "Orchestra_customerProfileId_fkey" FOREIGN KEY ("customerProfileId") REFERENCES "CustomerProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_orchestraId_fkey" FOREIGN KEY ("orchestraId") REFERENCES "Orchestra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_orchestraId_fkey" FOREIGN KEY ("orchestraId") REFERENCES "Orchestra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Superadmins have no orchestra; NULLs are distinct in the (orchestraId, email) index, so
-- their emails get a unique index of their own.
CREATE UNIQUE INDEX "User_superadmin_email_key" ON "User"("email") WHERE "orchestraId" IS NULL;

-- Every change to an orchestra is announced, so each gateway copy drops its cached view of it
-- (tenant resolver) at once instead of after the cache TTL.
CREATE FUNCTION tutti_notify_orchestra_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('tutti_orchestra_changed', COALESCE(NEW."id", OLD."id")::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Orchestra_changed"
AFTER INSERT OR UPDATE OR DELETE ON "Orchestra"
FOR EACH ROW EXECUTE FUNCTION tutti_notify_orchestra_changed();
