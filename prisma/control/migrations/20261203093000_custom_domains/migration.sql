-- Verified custom domains: an ensemble's admin names a domain, publishes a TXT record with the
-- token, and the domain serves the ensemble only once the record is seen; it is re-checked
-- daily and stops serving when the record is gone.

-- AlterTable
ALTER TABLE "Orchestra" ADD COLUMN     "customDomainCheckedAt" TIMESTAMPTZ(6),
ADD COLUMN     "customDomainError" TEXT,
ADD COLUMN     "customDomainToken" TEXT,
ADD COLUMN     "customDomainVerifiedAt" TIMESTAMPTZ(6);

-- A domain is stored lower-case, as a host name of at least two labels; a verified one has its
-- token and the time it was verified.
ALTER TABLE "Orchestra" ADD CONSTRAINT "Orchestra_customDomain_format"
  CHECK ("customDomain" IS NULL OR "customDomain" ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$');
ALTER TABLE "Orchestra" ADD CONSTRAINT "Orchestra_customDomain_verified"
  CHECK (NOT "customDomainVerified" OR ("customDomain" IS NOT NULL AND "customDomainToken" IS NOT NULL AND "customDomainVerifiedAt" IS NOT NULL));
