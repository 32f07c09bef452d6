-- The ensemble's season (issue 11): one person record (members and substitutes alike), sections,
-- venues, events with programme and notes, attendance, waitlists. Existing musicians become
-- 'substitute' members (the column's default), so no row is lost and the engine sees the same people.

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('active', 'inactive', 'leave_of_absence', 'alumni', 'audition', 'pending', 'substitute');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('concert', 'rehearsal', 'sectional', 'board_meeting', 'social', 'other');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'published', 'cancelled');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('present', 'absent', 'excused', 'late', 'left_early');

-- CreateEnum
CREATE TYPE "WaitlistStatus" AS ENUM ('pending', 'waiting', 'confirmed', 'cancelled', 'expired');

-- AlterTable
ALTER TABLE "Musician" ADD COLUMN     "calendarTokenHash" TEXT,
ADD COLUMN     "emergencyEmail" TEXT,
ADD COLUMN     "emergencyName" TEXT,
ADD COLUMN     "emergencyPhone" TEXT,
ADD COLUMN     "joinedOn" DATE,
ADD COLUMN     "leftOn" DATE,
ADD COLUMN     "memberLinkHash" TEXT,
ADD COLUMN     "membershipStatus" "MembershipStatus" NOT NULL DEFAULT 'substitute',
ADD COLUMN     "photoUrl" TEXT;

-- CreateTable
CREATE TABLE "MusicianInstrument" (
    "musicianId" INTEGER NOT NULL,
    "instrumentId" INTEGER NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MusicianInstrument_pkey" PRIMARY KEY ("musicianId","instrumentId")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberSection" (
    "musicianId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,
    "assignedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberSection_pkey" PRIMARY KEY ("musicianId","sectionId")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "city" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "directions" TEXT,
    "parking" TEXT,
    "capacity" INTEGER,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "eventId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "description" TEXT,
    "startsAt" TIMESTAMPTZ(6) NOT NULL,
    "endsAt" TIMESTAMPTZ(6) NOT NULL,
    "callTime" TIMESTAMPTZ(6),
    "dressCode" TEXT,
    "capacity" INTEGER,
    "venueId" INTEGER,
    "projectId" INTEGER,
    "seriesId" TEXT,
    "publishedAt" TIMESTAMPTZ(6),
    "cancelledAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPiece" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "composer" TEXT,

    CONSTRAINT "EventPiece_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventNote" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "eventId" INTEGER NOT NULL,
    "musicianId" INTEGER NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "reason" TEXT,
    "noticeAt" TIMESTAMPTZ(6),
    "markedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "markedBy" TEXT,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("eventId","musicianId")
);

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "id" SERIAL NOT NULL,
    "entryId" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'sv',
    "status" "WaitlistStatus" NOT NULL DEFAULT 'pending',
    "consentAt" TIMESTAMPTZ(6) NOT NULL,
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMPTZ(6),
    "leaveTokenHash" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailConfirmedAt" TIMESTAMPTZ(6),
    "placeGivenAt" TIMESTAMPTZ(6),
    "leftAt" TIMESTAMPTZ(6),
    "expiredAt" TIMESTAMPTZ(6),
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WaitlistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MusicianInstrument_instrumentId_idx" ON "MusicianInstrument"("instrumentId");

-- CreateIndex
CREATE UNIQUE INDEX "Section_name_key" ON "Section"("name");

-- CreateIndex
CREATE INDEX "MemberSection_sectionId_idx" ON "MemberSection"("sectionId");

-- CreateIndex
CREATE INDEX "Venue_name_idx" ON "Venue"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Event_eventId_key" ON "Event"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startsAt_idx" ON "Event"("startsAt");

-- CreateIndex
CREATE INDEX "Event_seriesId_idx" ON "Event"("seriesId");

-- CreateIndex
CREATE INDEX "Event_projectId_idx" ON "Event"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "EventPiece_eventId_position_key" ON "EventPiece"("eventId", "position");

-- CreateIndex
CREATE INDEX "EventNote_eventId_idx" ON "EventNote"("eventId");

-- CreateIndex
CREATE INDEX "Attendance_musicianId_idx" ON "Attendance"("musicianId");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_entryId_key" ON "WaitlistEntry"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_confirmTokenHash_key" ON "WaitlistEntry"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_leaveTokenHash_key" ON "WaitlistEntry"("leaveTokenHash");

-- CreateIndex
CREATE INDEX "WaitlistEntry_eventId_status_createdAt_idx" ON "WaitlistEntry"("eventId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_status_confirmExpiresAt_idx" ON "WaitlistEntry"("status", "confirmExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_eventId_email_key" ON "WaitlistEntry"("eventId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Musician_calendarTokenHash_key" ON "Musician"("calendarTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Musician_memberLinkHash_key" ON "Musician"("memberLinkHash");

-- CreateIndex
CREATE INDEX "Musician_membershipStatus_idx" ON "Musician"("membershipStatus");

-- AddForeignKey
ALTER TABLE "MusicianInstrument" ADD CONSTRAINT "MusicianInstrument_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicianInstrument" ADD CONSTRAINT "MusicianInstrument_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberSection" ADD CONSTRAINT "MemberSection_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberSection" ADD CONSTRAINT "MemberSection_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPiece" ADD CONSTRAINT "EventPiece_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventNote" ADD CONSTRAINT "EventNote_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventNote" ADD CONSTRAINT "EventNote_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the schema language cannot say (seed 000 §3.2 and seed 001).
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_call_before_start" CHECK ("callTime" IS NULL OR "callTime" <= "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_positive" CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_capacity_positive" CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "Musician" ADD CONSTRAINT "Musician_left_after_joined" CHECK ("leftOn" IS NULL OR "joinedOn" IS NULL OR "leftOn" >= "joinedOn");
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_email_lower" CHECK ("email" = lower("email"));
ALTER TABLE "EventPiece" ADD CONSTRAINT "EventPiece_position_positive" CHECK ("position" > 0);
-- "Brass" and "brass" are one section.
CREATE UNIQUE INDEX "Section_name_ci_key" ON "Section" (lower("name"));
-- At most one primary instrument per person.
CREATE UNIQUE INDEX "MusicianInstrument_one_primary" ON "MusicianInstrument" ("musicianId") WHERE "isPrimary";
-- The public calendar and pages read only published events by time (seed 000's partial index).
CREATE INDEX "Event_published_startsAt" ON "Event" ("startsAt") WHERE "status" = 'published';
-- The people already here play what they are qualified for: each musician's instruments come from
-- the positions they hold, primary when there is only one.
INSERT INTO "MusicianInstrument" ("musicianId", "instrumentId", "isPrimary")
SELECT "musicianId", "instrumentId", count(*) OVER (PARTITION BY "musicianId") = 1
FROM (SELECT DISTINCT mq."musicianId", pos."instrumentId"
      FROM "MusicianQualification" mq JOIN "Position" pos ON pos.id = mq."positionId") AS held;
