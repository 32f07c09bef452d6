-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RequestStrategy" AS ENUM ('sequential', 'parallel', 'first_come');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('draft', 'active', 'paused', 'completed', 'cancelled', 'exhausted');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('pending', 'accepted', 'declined', 'cancelled', 'timeout');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('email', 'sms');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('queued', 'sent', 'delivered', 'failed', 'simulated');

-- CreateTable
CREATE TABLE "Instrument" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "instrumentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "hierarchyLevel" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Musician" (
    "id" SERIAL NOT NULL,
    "musicianId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'sv',
    "localResidence" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMPTZ(6),
    "restoredAt" TIMESTAMPTZ(6),
    "smsOptedOut" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Musician_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MusicianQualification" (
    "musicianId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MusicianQualification_pkey" PRIMARY KEY ("musicianId","positionId")
);

-- CreateTable
CREATE TABLE "RankingList" (
    "id" SERIAL NOT NULL,
    "positionId" INTEGER NOT NULL,
    "listType" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "RankingList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ranking" (
    "id" SERIAL NOT NULL,
    "listId" INTEGER NOT NULL,
    "musicianId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Ranking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomRankingList" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "CustomRankingList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomRanking" (
    "id" SERIAL NOT NULL,
    "listId" INTEGER NOT NULL,
    "musicianId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "CustomRanking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" TIMESTAMPTZ(6) NOT NULL,
    "weekNumber" INTEGER NOT NULL,
    "rehearsalSchedule" TEXT,
    "concertInfo" TEXT,
    "notes" TEXT,
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectNeed" (
    "id" SERIAL NOT NULL,
    "projectNeedId" TEXT NOT NULL,
    "projectId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "rankingListId" INTEGER,
    "customRankingListId" INTEGER,
    "requestStrategy" "RequestStrategy" NOT NULL,
    "maxRecipients" INTEGER,
    "responseTimeHours" INTEGER NOT NULL DEFAULT 24,
    "requireLocalResidence" BOOLEAN NOT NULL DEFAULT false,
    "status" "NeedStatus" NOT NULL DEFAULT 'draft',
    "archivedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ProjectNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Request" (
    "id" SERIAL NOT NULL,
    "requestId" TEXT NOT NULL,
    "projectNeedId" INTEGER NOT NULL,
    "musicianId" INTEGER NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'pending',
    "tokenHash" TEXT,
    "shortCode" TEXT,
    "sentAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" TIMESTAMPTZ(6) NOT NULL,
    "reminderSentAt" TIMESTAMPTZ(6),
    "respondedAt" TIMESTAMPTZ(6),
    "response" TEXT,
    "answeredByAdmin" BOOLEAN NOT NULL DEFAULT false,
    "confirmationSent" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailTemplate" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "variables" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "EmailTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationLog" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER,
    "type" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'queued',
    "providerMessageId" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(6),
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "CommunicationLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupEmailLog" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipients" JSONB NOT NULL,
    "sentAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupEmailLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileStorage" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER,
    "projectNeedId" INTEGER,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "sendTiming" TEXT NOT NULL DEFAULT 'on_request',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FileStorage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_name_key" ON "Instrument"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Position_instrumentId_name_key" ON "Position"("instrumentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Musician_musicianId_key" ON "Musician"("musicianId");

-- CreateIndex
CREATE UNIQUE INDEX "Musician_email_key" ON "Musician"("email");

-- CreateIndex
CREATE INDEX "Musician_lastName_firstName_idx" ON "Musician"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Musician_isActive_isArchived_idx" ON "Musician"("isActive", "isArchived");

-- CreateIndex
CREATE INDEX "MusicianQualification_positionId_idx" ON "MusicianQualification"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "RankingList_positionId_listType_key" ON "RankingList"("positionId", "listType");

-- CreateIndex
CREATE UNIQUE INDEX "Ranking_listId_musicianId_key" ON "Ranking"("listId", "musicianId");

-- CreateIndex
CREATE UNIQUE INDEX "Ranking_listId_rank_key" ON "Ranking"("listId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "CustomRankingList_projectId_positionId_name_key" ON "CustomRankingList"("projectId", "positionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CustomRanking_listId_musicianId_key" ON "CustomRanking"("listId", "musicianId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomRanking_listId_rank_key" ON "CustomRanking"("listId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Project_projectId_key" ON "Project"("projectId");

-- CreateIndex
CREATE INDEX "Project_startDate_idx" ON "Project"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectNeed_projectNeedId_key" ON "ProjectNeed"("projectNeedId");

-- CreateIndex
CREATE INDEX "ProjectNeed_projectId_idx" ON "ProjectNeed"("projectId");

-- CreateIndex
CREATE INDEX "ProjectNeed_status_idx" ON "ProjectNeed"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Request_requestId_key" ON "Request"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Request_tokenHash_key" ON "Request"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Request_shortCode_key" ON "Request"("shortCode");

-- CreateIndex
CREATE INDEX "Request_musicianId_idx" ON "Request"("musicianId");

-- CreateIndex
CREATE INDEX "Request_status_deadlineAt_idx" ON "Request"("status", "deadlineAt");

-- CreateIndex
CREATE UNIQUE INDEX "Request_projectNeedId_musicianId_key" ON "Request"("projectNeedId", "musicianId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailTemplate_type_language_key" ON "EmailTemplate"("type", "language");

-- CreateIndex
CREATE UNIQUE INDEX "CommunicationLog_providerMessageId_key" ON "CommunicationLog"("providerMessageId");

-- CreateIndex
CREATE INDEX "CommunicationLog_requestId_idx" ON "CommunicationLog"("requestId");

-- CreateIndex
CREATE INDEX "CommunicationLog_createdAt_idx" ON "CommunicationLog"("createdAt");

-- CreateIndex
CREATE INDEX "FileStorage_projectId_idx" ON "FileStorage"("projectId");

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicianQualification" ADD CONSTRAINT "MusicianQualification_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MusicianQualification" ADD CONSTRAINT "MusicianQualification_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingList" ADD CONSTRAINT "RankingList_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_listId_fkey" FOREIGN KEY ("listId") REFERENCES "RankingList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ranking" ADD CONSTRAINT "Ranking_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRankingList" ADD CONSTRAINT "CustomRankingList_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRankingList" ADD CONSTRAINT "CustomRankingList_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRanking" ADD CONSTRAINT "CustomRanking_listId_fkey" FOREIGN KEY ("listId") REFERENCES "CustomRankingList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRanking" ADD CONSTRAINT "CustomRanking_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectNeed" ADD CONSTRAINT "ProjectNeed_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectNeed" ADD CONSTRAINT "ProjectNeed_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectNeed" ADD CONSTRAINT "ProjectNeed_rankingListId_fkey" FOREIGN KEY ("rankingListId") REFERENCES "RankingList"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectNeed" ADD CONSTRAINT "ProjectNeed_customRankingListId_fkey" FOREIGN KEY ("customRankingListId") REFERENCES "CustomRankingList"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_projectNeedId_fkey" FOREIGN KEY ("projectNeedId") REFERENCES "ProjectNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_musicianId_fkey" FOREIGN KEY ("musicianId") REFERENCES "Musician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationLog" ADD CONSTRAINT "CommunicationLog_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupEmailLog" ADD CONSTRAINT "GroupEmailLog_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileStorage" ADD CONSTRAINT "FileStorage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileStorage" ADD CONSTRAINT "FileStorage_projectNeedId_fkey" FOREIGN KEY ("projectNeedId") REFERENCES "ProjectNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;
