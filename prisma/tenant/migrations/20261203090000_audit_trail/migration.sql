-- The audit trail of the ensemble's data (seed 003's record_audit()): every insert, update and
-- delete of the tables staff work on, with the row before and after, the acting user or API
-- key and the request id, which the gateway passes as transaction-local settings
-- (set_config('tutti.actor', ..., true) at the start of each transaction of a signed-in
-- request). High-volume logs that are records themselves (requests and their messages,
-- downloads, page versions, read receipts, webhook deliveries) are not audited.

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "tableName" TEXT NOT NULL,
    "recordId" TEXT,
    "operation" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "actor" TEXT,
    "requestId" TEXT,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AuditEvent_operation_check" CHECK ("operation" IN ('INSERT', 'UPDATE', 'DELETE'))
);

-- CreateIndex
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at" DESC, "id" DESC);
CREATE INDEX "AuditEvent_tableName_recordId_at_idx" ON "AuditEvent"("tableName", "recordId", "at" DESC);
CREATE INDEX "AuditEvent_actor_at_idx" ON "AuditEvent"("actor", "at" DESC);
CREATE INDEX "AuditEvent_requestId_idx" ON "AuditEvent"("requestId");

-- The trigger's arguments name columns that are never copied (hashes of secrets, encrypted
-- secrets). An update that changes nothing leaves no event.
CREATE FUNCTION record_audit() RETURNS trigger AS $$
DECLARE
  v_old JSONB;
  v_new JSONB;
  -- TG_ARGV is NULL, not empty, when the trigger names no columns.
  hidden TEXT[] := COALESCE(TG_ARGV, ARRAY[]::TEXT[]);
BEGIN
  IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD) - hidden; END IF;
  IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW) - hidden; END IF;
  IF TG_OP = 'UPDATE' AND v_old = v_new THEN RETURN NULL; END IF;
  INSERT INTO "AuditEvent" ("tableName", "recordId", "operation", "before", "after", "actor", "requestId")
  VALUES (
    TG_TABLE_NAME,
    COALESCE(v_new ->> 'id', v_old ->> 'id', v_new ->> 'key', v_old ->> 'key'),
    TG_OP,
    v_old,
    v_new,
    NULLIF(current_setting('tutti.actor', true), ''),
    NULLIF(current_setting('tutti.request_id', true), '')
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Instrument', 'Position', 'MusicianInstrument', 'Section', 'MemberSection', 'Venue',
    'Event', 'EventPiece', 'EventNote', 'Attendance', 'MusicianQualification', 'RankingList',
    'Ranking', 'CustomRankingList', 'CustomRanking', 'Project', 'ProjectNeed', 'EmailTemplate',
    'Settings', 'Person', 'Publisher', 'MusicPiece', 'MusicFile', 'MusicPart', 'MusicAssignment',
    'Page', 'Announcement', 'AnnouncementSection'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_audit()',
      t || '_audit', t);
  END LOOP;
END;
$$;

CREATE TRIGGER "Musician_audit" AFTER INSERT OR UPDATE OR DELETE ON "Musician"
FOR EACH ROW EXECUTE FUNCTION record_audit('calendarTokenHash', 'memberLinkHash');
CREATE TRIGGER "WaitlistEntry_audit" AFTER INSERT OR UPDATE OR DELETE ON "WaitlistEntry"
FOR EACH ROW EXECUTE FUNCTION record_audit('confirmTokenHash', 'leaveTokenHash');
CREATE TRIGGER "WebhookEndpoint_audit" AFTER INSERT OR UPDATE OR DELETE ON "WebhookEndpoint"
FOR EACH ROW EXECUTE FUNCTION record_audit('secretEncrypted');

-- A person who is forgotten (anonymised, or their waitlist places erased) is forgotten by the
-- trail too: the events of their own row, of rows pointing at them, and of rows holding one of
-- their addresses keep only the row's id. Returns how many events were redacted.
CREATE FUNCTION tutti_redact_audit(p_musician_id TEXT, p_addresses TEXT[]) RETURNS INTEGER AS $$
DECLARE
  n INTEGER;
BEGIN
  UPDATE "AuditEvent" SET
    "before" = CASE WHEN "before" IS NULL THEN NULL
                    ELSE jsonb_build_object('id', "before" -> 'id', 'redacted', true) END,
    "after" = CASE WHEN "after" IS NULL THEN NULL
                   ELSE jsonb_build_object('id', "after" -> 'id', 'redacted', true) END
  WHERE NOT (COALESCE("before", "after") ? 'redacted')
    AND (
      ("tableName" = 'Musician' AND "recordId" = p_musician_id)
      OR ("tableName" <> 'Musician'
          AND (("before" ->> 'musicianId') = p_musician_id OR ("after" ->> 'musicianId') = p_musician_id))
      OR ("before" ->> 'email') = ANY(p_addresses) OR ("after" ->> 'email') = ANY(p_addresses)
      OR ("before" ->> 'phone') = ANY(p_addresses) OR ("after" ->> 'phone') = ANY(p_addresses)
    );
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END;
$$ LANGUAGE plpgsql;
