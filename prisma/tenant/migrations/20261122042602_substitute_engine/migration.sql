-- DropIndex
DROP INDEX "Request_shortCode_key";

-- AlterTable
ALTER TABLE "ProjectNeed" ADD COLUMN     "exhaustedAt" TIMESTAMPTZ(6);

-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "closedReason" TEXT;

-- An SMS reply names its offer by a short code ("JA 4821"): unique among open requests only,
-- so four digits suffice and codes are reused once an offer is closed.
CREATE UNIQUE INDEX "Request_pending_shortCode_key" ON "Request"("shortCode") WHERE "status" = 'pending';
