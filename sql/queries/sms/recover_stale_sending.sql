-- Messages left `sending` since before $2 (a worker died or was killed mid-send, or
-- hung past its timeout): back to pending at $1 with needs_lookup, so the sender asks
-- Twilio whether each went out before sending it again. Each gets an event.
WITH recovered AS (
  UPDATE sms_messages
  SET status = 'pending', needs_lookup = true, next_attempt_at = $1::timestamptz, updated_at = now()
  WHERE status = 'sending' AND claimed_at < $2::timestamptz
  RETURNING id
)
INSERT INTO sms_message_events (message_id, status, detail)
SELECT id, 'pending', 'left sending by a stopped worker: ask the provider before sending again' FROM recovered
RETURNING message_id
