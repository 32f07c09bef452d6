-- Database servers as data: where tenant databases are placed (PostgreSQL servers by admin URL,
-- Neon accounts by API key), and tenant moves between them as resumable, recorded operations.
-- Written by hand: Prisma's schema engine cannot read this schema's CHECK constraints back.

-- CreateEnum
CREATE TYPE "DatabaseServerState" AS ENUM ('open', 'draining', 'closed');

-- CreateEnum
CREATE TYPE "TenantMoveStatus" AS ENUM ('running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "DatabaseServer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DatabaseProvider" NOT NULL,
    "adminUrlEncrypted" TEXT,
    "neonApiKeyEncrypted" TEXT,
    "neonApiUrl" TEXT,
    "region" TEXT,
    "capacity" INTEGER NOT NULL,
    "state" "DatabaseServerState" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "DatabaseServer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DatabaseServer_capacity_nonnegative" CHECK ("capacity" >= 0),
    -- Each kind carries what reaching it takes.
    CONSTRAINT "DatabaseServer_kind_secret" CHECK (
      ("kind" = 'postgres' AND "adminUrlEncrypted" IS NOT NULL) OR
      ("kind" = 'neon' AND "neonApiKeyEncrypted" IS NOT NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "DatabaseServer_name_key" ON "DatabaseServer"("name");

-- CreateIndex
CREATE INDEX "DatabaseServer_state_idx" ON "DatabaseServer"("state");

-- AlterTable
ALTER TABLE "Orchestra" ADD COLUMN "databaseServerId" UUID,
ADD COLUMN "region" TEXT,
ADD COLUMN "maintenanceSince" TIMESTAMPTZ(6);

-- CreateIndex
CREATE INDEX "Orchestra_databaseServerId_idx" ON "Orchestra"("databaseServerId");

-- AddForeignKey
ALTER TABLE "Orchestra" ADD CONSTRAINT "Orchestra_databaseServerId_fkey" FOREIGN KEY ("databaseServerId") REFERENCES "DatabaseServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "TenantMove" (
    "id" UUID NOT NULL,
    "orchestraId" UUID NOT NULL,
    "fromServerId" UUID NOT NULL,
    "toServerId" UUID NOT NULL,
    "fromDatabase" TEXT NOT NULL,
    "toDatabase" TEXT NOT NULL,
    "toUrlEncrypted" TEXT,
    "step" TEXT NOT NULL DEFAULT 'record',
    "status" "TenantMoveStatus" NOT NULL DEFAULT 'running',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "tables" INTEGER,
    "rows" INTEGER,
    "requestedBy" UUID,
    "startedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "finishedAt" TIMESTAMPTZ(6),

    CONSTRAINT "TenantMove_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "TenantMove_other_server" CHECK ("fromServerId" <> "toServerId")
);

-- CreateIndex
CREATE INDEX "TenantMove_orchestraId_startedAt_idx" ON "TenantMove"("orchestraId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "TenantMove_status_idx" ON "TenantMove"("status");

-- One move at a time per tenant: a second request while one runs is refused by the database.
CREATE UNIQUE INDEX "TenantMove_one_running" ON "TenantMove"("orchestraId") WHERE "status" = 'running';

-- AddForeignKey
ALTER TABLE "TenantMove" ADD CONSTRAINT "TenantMove_orchestraId_fkey" FOREIGN KEY ("orchestraId") REFERENCES "Orchestra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantMove" ADD CONSTRAINT "TenantMove_fromServerId_fkey" FOREIGN KEY ("fromServerId") REFERENCES "DatabaseServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantMove" ADD CONSTRAINT "TenantMove_toServerId_fkey" FOREIGN KEY ("toServerId") REFERENCES "DatabaseServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
