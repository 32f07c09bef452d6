-- An ensemble's roles besides admin and staff; each is a fixed set of permissions in code.
ALTER TYPE "UserRole" ADD VALUE 'librarian';
ALTER TYPE "UserRole" ADD VALUE 'section_leader';
ALTER TYPE "UserRole" ADD VALUE 'read_only';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMPTZ(6),
ADD COLUMN     "extraPermissions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "invitedByUserId" UUID;

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "createdByUserId" UUID,
ADD COLUMN     "expiresAt" TIMESTAMPTZ(6),
ADD COLUMN     "permissions" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "ApiKey_createdByUserId_idx" ON "ApiKey"("createdByUserId");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Keys made before permissions acted with the staff role: they keep exactly that.
UPDATE "ApiKey" SET "permissions" = ARRAY[
  'musicians.read', 'musicians.write', 'rankings.read', 'rankings.write', 'projects.read',
  'projects.write', 'needs.start', 'season.read', 'season.write', 'library.read',
  'library.write', 'pages.write', 'announcements.send', 'messaging.read', 'messaging.send'
];

-- A grant names a permission: lower-case words joined by dots and dashes.
ALTER TABLE "User" ADD CONSTRAINT "User_extraPermissions_format"
  CHECK (array_to_string("extraPermissions", ',') ~ '^([a-z-]+\.[a-z-]+(,|$))*$');
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_permissions_format"
  CHECK (array_to_string("permissions", ',') ~ '^([a-z-]+\.[a-z-]+(,|$))*$');
-- Only a tenant user can be deactivated; deactivated means not active.
ALTER TABLE "User" ADD CONSTRAINT "User_deactivated_inactive"
  CHECK ("deactivatedAt" IS NULL OR NOT "active");

-- Every change to a user is announced, so each gateway copy drops its cached view of the
-- user's permissions at once: a deactivation or a role change holds on the next request.
CREATE FUNCTION tutti_notify_user_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('tutti_user_changed', COALESCE(NEW."id", OLD."id")::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_changed"
AFTER UPDATE OR DELETE ON "User"
FOR EACH ROW EXECUTE FUNCTION tutti_notify_user_changed();
