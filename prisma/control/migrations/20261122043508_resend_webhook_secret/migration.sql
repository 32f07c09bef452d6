-- AlterTable
ALTER TABLE "Orchestra" ADD COLUMN     "resendWebhookSecretEncrypted" TEXT;
