-- One answer to a substitute request in one round trip, under the need's row lock: the same
-- rules as AnswerRequest had in several statements (a request answered, past its deadline or
-- of a need not running changes nothing; the number accepted never passes the quantity; the
-- acceptance that fills the need completes it and cancels the other open requests).
CREATE OR REPLACE FUNCTION tutti_answer_request(
  p_request integer,
  p_accept boolean,
  p_message text,
  p_now timestamptz,
  p_by_admin boolean
) RETURNS TABLE (
  kind text,
  need_id integer,
  request_status text,
  need_status text,
  filled boolean,
  cancelled integer[]
) LANGUAGE plpgsql AS $$
DECLARE
  v_need_id integer;
  v_quantity integer;
  v_need_status text;
  v_status text;
  v_deadline timestamptz;
  v_accepted integer;
  v_cancelled integer[] := '{}';
BEGIN
  SELECT r."projectNeedId" INTO v_need_id FROM "Request" r WHERE r.id = p_request;
  IF v_need_id IS NULL THEN
    RETURN QUERY SELECT 'already-answered', NULL::integer, 'unknown', NULL::text, false, '{}'::integer[];
    RETURN;
  END IF;
  SELECT n.quantity, n.status::text INTO v_quantity, v_need_status
    FROM "ProjectNeed" n WHERE n.id = v_need_id FOR UPDATE;
  SELECT r.status::text, r."deadlineAt" INTO v_status, v_deadline
    FROM "Request" r WHERE r.id = p_request FOR UPDATE;
  IF v_status <> 'pending' THEN
    RETURN QUERY SELECT 'already-answered', v_need_id, v_status, v_need_status, false, '{}'::integer[];
    RETURN;
  END IF;
  IF v_deadline <= p_now THEN
    RETURN QUERY SELECT 'expired', v_need_id, v_status, v_need_status, false, '{}'::integer[];
    RETURN;
  END IF;
  IF v_need_status <> 'active' THEN
    RETURN QUERY SELECT 'need-closed', v_need_id, v_status, v_need_status, false, '{}'::integer[];
    RETURN;
  END IF;
  IF NOT p_accept THEN
    UPDATE "Request" SET status = 'declined', "respondedAt" = p_now, response = p_message,
      "answeredByAdmin" = p_by_admin WHERE id = p_request;
    RETURN QUERY SELECT 'declined', v_need_id, 'declined', v_need_status, false, '{}'::integer[];
    RETURN;
  END IF;
  SELECT count(*) INTO v_accepted FROM "Request" r
    WHERE r."projectNeedId" = v_need_id AND r.status = 'accepted';
  IF v_accepted >= v_quantity THEN
    RETURN QUERY SELECT 'full', v_need_id, v_status, v_need_status, false, '{}'::integer[];
    RETURN;
  END IF;
  UPDATE "Request" SET status = 'accepted', "respondedAt" = p_now, response = p_message,
    "answeredByAdmin" = p_by_admin WHERE id = p_request;
  IF v_accepted + 1 >= v_quantity THEN
    UPDATE "ProjectNeed" SET status = 'completed', "updatedAt" = now() WHERE id = v_need_id;
    WITH closed AS (
      UPDATE "Request" SET status = 'cancelled', "closedReason" = 'position-filled'
        WHERE "projectNeedId" = v_need_id AND status = 'pending' RETURNING id
    ) SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO v_cancelled FROM closed;
    RETURN QUERY SELECT 'accepted', v_need_id, 'accepted', 'completed', true, v_cancelled;
    RETURN;
  END IF;
  RETURN QUERY SELECT 'accepted', v_need_id, 'accepted', v_need_status, false, '{}'::integer[];
END $$;
