-- Search needs trigram similarity and accent folding; both ship with PostgreSQL (contrib) and
-- are trusted extensions, so the tenant database's owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateEnum
CREATE TYPE "MusicDifficulty" AS ENUM ('grade_1', 'grade_2', 'grade_3', 'grade_4', 'grade_5', 'grade_6');

-- CreateEnum
CREATE TYPE "MusicFileKind" AS ENUM ('full_score', 'conductor_score', 'part', 'condensed_score', 'audio', 'licence', 'other');

-- CreateEnum
CREATE TYPE "ContentStatus" AS ENUM ('draft', 'scheduled', 'published', 'archived');

-- AlterTable
ALTER TABLE "Musician" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(6);

-- AlterTable
ALTER TABLE "EventPiece" ADD COLUMN     "pieceId" INTEGER;

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "personId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT NOT NULL,
    "bio" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publisher" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "website" TEXT,
    "contactInfo" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Publisher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MusicPiece" (
    "id" SERIAL NOT NULL,
    "pieceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "composerId" INTEGER,
    "arrangerId" INTEGER,
    "publisherId" INTEGER,
    "difficulty" "MusicDifficulty",
    "durationSeconds" INTEGER,
    "genre" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "catalogNumber" TEXT,
    "notes" TEXT,
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "searchVector" tsvector,
    "searchText" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "MusicPiece_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MusicFile" (
    "id" SERIAL NOT NULL,
    "fileId" TEXT NOT NULL,
    "pieceId" INTEGER NOT NULL,
    "kind" "MusicFileKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedBy" TEXT,

    CONSTRAINT "MusicFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MusicPart" (
    "id" SERIAL NOT NULL,
    "partId" TEXT NOT NULL,
    "pieceId" INTEGER NOT NULL,
    "instrumentId" INTEGER,
    "name" TEXT NOT NULL,
    "fileId" INTEGER,
    "isOptional" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,

    CONSTRAINT "MusicPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MusicAssignment" (
    "id" SERIAL NOT NULL,
    "partId" INTEGER NOT NULL,
    "musicianId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedBy" TEXT,

    CONSTRAINT "MusicAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileDownload" (
    "id" SERIAL NOT NULL,
    "fileId" INTEGER NOT NULL,
    "musicianId" INTEGER,
    "userId" TEXT,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "downloadedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FileDownload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" SERIAL NOT NULL,
    "pageId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "body" TEXT NOT NULL,
    "status" "ContentStatus" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageVersion" (
    "id" SERIAL NOT NULL,
    "pageId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "PageVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" SERIAL NOT NULL,
    "announcementId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "isUrgent" BOOLEAN NOT NULL DEFAULT false,
    "targetStatuses" "MembershipStatus"[] DEFAULT ARRAY[]::"MembershipStatus"[],
    "status" "ContentStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMPTZ(6),
    "expiresAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementSection" (
    "announcementId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,

    CONSTRAINT "AnnouncementSection_pkey" PRIMARY KEY ("announcementId","sectionId")
);

-- CreateTable
CREATE TABLE "AnnouncementRecipient" (
    "announcementId" INTEGER NOT NULL,
    "musicianId" INTEGER NOT NULL,
    "deliveredAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(6),

    CONSTRAINT "AnnouncementRecipient_pkey" PRIMARY KEY ("announcementId","musicianId")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" SERIAL NOT NULL,
    "rule" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "cutoff" TIMESTAMPTZ(6) NOT NULL,
    "ranAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_personId_key" ON "Person"("personId");

-- CreateIndex
CREATE INDEX "Person_lastName_firstName_idx" ON "Person"("lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Publisher_name_key" ON "Publisher"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MusicPiece_pieceId_key" ON "MusicPiece"("pieceId");

-- CreateIndex
CREATE INDEX "MusicPiece_title_idx" ON "MusicPiece"("title");

-- CreateIndex
CREATE INDEX "MusicPiece_composerId_idx" ON "MusicPiece"("composerId");

-- CreateIndex
CREATE INDEX "MusicPiece_arrangerId_idx" ON "MusicPiece"("arrangerId");

-- CreateIndex
CREATE INDEX "MusicPiece_isArchived_idx" ON "MusicPiece"("isArchived");

-- CreateIndex
CREATE UNIQUE INDEX "MusicFile_fileId_key" ON "MusicFile"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "MusicFile_storageKey_key" ON "MusicFile"("storageKey");

-- CreateIndex
CREATE INDEX "MusicFile_pieceId_idx" ON "MusicFile"("pieceId");

-- CreateIndex
CREATE UNIQUE INDEX "MusicPart_partId_key" ON "MusicPart"("partId");

-- CreateIndex
CREATE INDEX "MusicPart_instrumentId_idx" ON "MusicPart"("instrumentId");

-- CreateIndex
CREATE UNIQUE INDEX "MusicPart_pieceId_name_key" ON "MusicPart"("pieceId", "name");

-- CreateIndex
CREATE INDEX "MusicAssignment_musicianId_idx" ON "MusicAssignment"("musicianId");

-- CreateIndex
CREATE UNIQUE INDEX "MusicAssignment_eventId_partId_musicianId_key" ON "MusicAssignment"("eventId", "partId", "musicianId");

-- CreateIndex
CREATE INDEX "FileDownload_fileId_idx" ON "FileDownload"("fileId");

-- CreateIndex
CREATE INDEX "FileDownload_musicianId_idx" ON "FileDownload"("musicianId");

-- CreateIndex
CREATE INDEX "FileDownload_downloadedAt_idx" ON "FileDownload"("downloadedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Page_pageId_key" ON "Page"("pageId");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- CreateIndex
CREATE INDEX "Page_status_publishAt_idx" ON "Page"("status", "publishAt");

-- CreateIndex
CREATE UNIQUE INDEX "PageVersion_pageId_version_key" ON "PageVersion"("pageId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_announcementId_key" ON "Announcement"("announcementId");

-- CreateIndex
CREATE INDEX "Announcement_status_publishedAt_idx" ON "Announcement"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "AnnouncementRecipient_musicianId_idx" ON "AnnouncementRecipient"("musicianId");

-- CreateIndex
CREATE INDEX "RetentionRun_ranAt_idx" ON "RetentionRun"("ranAt");

-- CreateIndex
CREATE INDEX "EventPiece_pieceId_idx" ON "EventPiece"("pieceId");

-- AddForeignKey
ALTER TABLE "EventPiece" ADD CONSTRAINT "EventPiece_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "MusicPiece"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicPiece" ADD CONSTRAINT "MusicPiece_composerId_fkey" FOREIGN KEY ("composerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicPiece" ADD CONSTRAINT "MusicPiece_arrangerId_fkey" FOREIGN KEY ("arrangerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicPiece" ADD CONSTRAINT "MusicPiece_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicFile" ADD CONSTRAINT "MusicFile_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "MusicPiece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicPart" ADD CONSTRAINT "MusicPart_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "MusicPiece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicPart" ADD CONSTRAINT "MusicPart_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicPart" ADD CONSTRAINT "MusicPart_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "MusicFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicAssignment" ADD CONSTRAINT "MusicAssignment_partId_fkey" FOREIGN KEY ("partId") REFERENCES "MusicPart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicAssignment" ADD CONSTRAINT "MusicAssignment_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicAssignment" ADD CONSTRAINT "MusicAssignment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileDownload" ADD CONSTRAINT "FileDownload_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "MusicFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileDownload" ADD CONSTRAINT "FileDownload_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageVersion" ADD CONSTRAINT "PageVersion_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementSection" ADD CONSTRAINT "AnnouncementSection_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementSection" ADD CONSTRAINT "AnnouncementSection_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementRecipient" ADD CONSTRAINT "AnnouncementRecipient_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementRecipient" ADD CONSTRAINT "AnnouncementRecipient_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the schema language cannot say (seed 000 §3.2).
ALTER TABLE "MusicFile" ADD CONSTRAINT "MusicFile_size_positive" CHECK ("size" > 0);
ALTER TABLE "MusicFile" ADD CONSTRAINT "MusicFile_sha256_format" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "MusicPiece" ADD CONSTRAINT "MusicPiece_duration_positive" CHECK ("durationSeconds" IS NULL OR "durationSeconds" > 0);
ALTER TABLE "Page" ADD CONSTRAINT "Page_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Page" ADD CONSTRAINT "Page_scheduled_has_time" CHECK ("status" <> 'scheduled' OR "publishAt" IS NOT NULL);
ALTER TABLE "Page" ADD CONSTRAINT "Page_version_positive" CHECK ("version" > 0);
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_status" CHECK ("status" IN ('draft', 'published', 'archived'));
ALTER TABLE "RetentionRun" ADD CONSTRAINT "RetentionRun_rows" CHECK ("rows" >= 0);
-- A catalog number is unique per ensemble whatever its case; pieces without one are many.
CREATE UNIQUE INDEX "MusicPiece_catalogNumber_ci_key" ON "MusicPiece" (lower("catalogNumber")) WHERE "catalogNumber" IS NOT NULL;
CREATE UNIQUE INDEX "Publisher_name_ci_key" ON "Publisher" (lower("name"));
-- Full-text (Swedish and English, weighted) and trigram search over the kept columns.
CREATE INDEX "MusicPiece_searchVector" ON "MusicPiece" USING gin ("searchVector");
CREATE INDEX "MusicPiece_searchText_trgm" ON "MusicPiece" USING gin ("searchText" gin_trgm_ops);
-- The public site reads pages that are live.
CREATE INDEX "Page_live" ON "Page" ("slug") WHERE "status" IN ('published', 'scheduled');
-- A member's inbox: their unread announcements.
CREATE INDEX "AnnouncementRecipient_unread" ON "AnnouncementRecipient" ("musicianId") WHERE "readAt" IS NULL;

-- The database keeps the search columns: title and composer weigh most, then subtitle and
-- arranger, then notes; accents folded so "Dvorak" finds "Dvořák".
CREATE FUNCTION "music_piece_search"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  composer text;
  arranger text;
BEGIN
  SELECT trim(p."firstName" || ' ' || p."lastName") INTO composer FROM "Person" p WHERE p.id = NEW."composerId";
  SELECT trim(p."firstName" || ' ' || p."lastName") INTO arranger FROM "Person" p WHERE p.id = NEW."arrangerId";
  NEW."searchText" := lower(unaccent(concat_ws(' ', NEW."title", NEW."subtitle", composer, arranger, NEW."catalogNumber")));
  NEW."searchVector" :=
    setweight(to_tsvector('english', unaccent(coalesce(NEW."title", ''))), 'A') ||
    setweight(to_tsvector('swedish', unaccent(coalesce(NEW."title", ''))), 'A') ||
    setweight(to_tsvector('simple', unaccent(coalesce(composer, ''))), 'A') ||
    setweight(to_tsvector('english', unaccent(coalesce(NEW."subtitle", ''))), 'B') ||
    setweight(to_tsvector('swedish', unaccent(coalesce(NEW."subtitle", ''))), 'B') ||
    setweight(to_tsvector('simple', unaccent(coalesce(arranger, ''))), 'B') ||
    setweight(to_tsvector('english', unaccent(coalesce(NEW."notes", ''))), 'C') ||
    setweight(to_tsvector('swedish', unaccent(coalesce(NEW."notes", ''))), 'C');
  RETURN NEW;
END
$$;
CREATE TRIGGER "MusicPiece_search" BEFORE INSERT OR UPDATE OF "title", "subtitle", "notes", "composerId", "arrangerId", "catalogNumber"
  ON "MusicPiece" FOR EACH ROW EXECUTE FUNCTION "music_piece_search"();

-- A composer's corrected name reaches the pieces' search columns.
CREATE FUNCTION "person_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "MusicPiece" SET "title" = "title" WHERE "composerId" = NEW.id OR "arrangerId" = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Person_renamed" AFTER UPDATE OF "firstName", "lastName" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION "person_renamed"();
