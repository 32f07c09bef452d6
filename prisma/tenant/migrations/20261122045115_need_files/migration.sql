-- CreateIndex
CREATE INDEX "FileStorage_projectNeedId_idx" ON "FileStorage"("projectNeedId");

-- A stored file has content, and goes out at one of two moments.
ALTER TABLE "FileStorage" ADD CONSTRAINT "FileStorage_size_positive" CHECK ("size" > 0);
ALTER TABLE "FileStorage" ADD CONSTRAINT "FileStorage_sendTiming_known" CHECK ("sendTiming" IN ('on_request', 'after_accept'));
