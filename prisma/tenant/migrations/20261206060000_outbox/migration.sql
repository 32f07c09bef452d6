-- The transactional outbox: jobs a change causes, written in the change's own transaction and
-- relayed to the job queue after it commits.
CREATE TABLE "OutboxEntry" (
    "id" BIGSERIAL NOT NULL,
    "jobId" UUID NOT NULL DEFAULT gen_random_uuid(),
    "queue" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "startAfter" TIMESTAMPTZ(6),
    "singletonKey" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEntry_pkey" PRIMARY KEY ("id")
);
