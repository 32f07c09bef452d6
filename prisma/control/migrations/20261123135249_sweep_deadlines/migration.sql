-- AlterTable
ALTER TABLE "Orchestra" ADD COLUMN     "nextDeadlineAt" TIMESTAMPTZ(6);

-- CreateIndex
CREATE INDEX "Orchestra_nextDeadlineAt_idx" ON "Orchestra"("nextDeadlineAt");

-- Tenants that may have open requests already: the first sweep visits each once and records
-- its real next deadline.
UPDATE "Orchestra" SET "nextDeadlineAt" = now() WHERE status = 'active';
