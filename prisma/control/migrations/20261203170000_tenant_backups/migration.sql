-- Per-tenant backups: each one's file in the store, its size and checksum, what it holds, why
-- it was taken (by hand, on schedule, or the last before a deletion) and until when it is kept.

-- CreateEnum
CREATE TYPE "BackupKind" AS ENUM ('manual', 'scheduled', 'final');

-- CreateEnum
CREATE TYPE "BackupStatus" AS ENUM ('running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "TenantBackup" (
    "id" UUID NOT NULL,
    "orchestraId" UUID NOT NULL,
    "kind" "BackupKind" NOT NULL,
    "status" "BackupStatus" NOT NULL DEFAULT 'running',
    "storageKey" TEXT NOT NULL,
    "sizeBytes" INTEGER,
    "sha256" CHAR(64),
    "schemaVersion" TEXT,
    "tables" INTEGER,
    "rows" INTEGER,
    "error" TEXT,
    "requestedBy" UUID,
    "keepUntil" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(6),

    CONSTRAINT "TenantBackup_pkey" PRIMARY KEY ("id"),
    -- A finished backup says how big it is and what its checksum is.
    CONSTRAINT "TenantBackup_succeeded_complete"
      CHECK ("status" <> 'succeeded' OR ("sizeBytes" IS NOT NULL AND "sha256" IS NOT NULL))
);

-- CreateIndex
CREATE INDEX "TenantBackup_orchestraId_createdAt_idx" ON "TenantBackup"("orchestraId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "TenantBackup_keepUntil_idx" ON "TenantBackup"("keepUntil");

-- AddForeignKey
ALTER TABLE "TenantBackup" ADD CONSTRAINT "TenantBackup_orchestraId_fkey" FOREIGN KEY ("orchestraId") REFERENCES "Orchestra"("id") ON DELETE CASCADE ON UPDATE CASCADE;
