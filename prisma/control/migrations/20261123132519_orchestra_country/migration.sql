-- AlterTable
ALTER TABLE "Orchestra" ADD COLUMN     "country" CHAR(2) NOT NULL DEFAULT 'SE';
