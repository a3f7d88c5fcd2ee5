-- Twilio retries a webhook it got no timely answer to, with the same MessageSid: each
-- inbound message (and each status of a sent message) is acted on once. A retried
-- inbound message gets the answer the first one got (reply_message_id).
CREATE TABLE sms_webhook_receipts (
  kind              text NOT NULL CHECK (kind IN ('inbound', 'status')),
  receipt_key       text NOT NULL,  -- inbound: the MessageSid; status: MessageSid + ':' + MessageStatus
  reply_message_id  bigint REFERENCES sms_messages (id),
  received_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, receipt_key)
);

-- Replies matched to the last reminder sent to a number (sms_messages_to_idx serves
-- "the last message to a number"; this one the reminders alone).
CREATE INDEX sms_messages_reminder_to_idx ON sms_messages ("to", id) WHERE kind = 'appointment_reminder';
-- The patients with a phone number (STOP opts out every patient who gave that number).
CREATE INDEX patients_phone_idx ON patients (phone) WHERE phone IS NOT NULL;
-- Open phone problems of a clinic's patients, and the inbox by clinic and state.
CREATE INDEX sms_phone_problems_open_idx ON sms_phone_problems (id) WHERE resolved_at IS NULL;
CREATE INDEX sms_inbox_handled_idx ON sms_inbox (clinic_id, id) WHERE handled_at IS NOT NULL;

-- Who resolved a phone problem (a secretary, or the phone's change itself: null).
ALTER TABLE sms_phone_problems ADD COLUMN resolved_by bigint REFERENCES users (id);

-- A new phone number is the fix: changing a patient's phone resolves the open problems
-- of the old one, however it was changed (the API, a secretary, a tool).
CREATE FUNCTION sms_phone_problems_resolve_on_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sms_phone_problems SET resolved_at = now()
  WHERE patient_id = NEW.id AND resolved_at IS NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER patients_phone_changed AFTER UPDATE OF phone ON patients
  FOR EACH ROW WHEN (OLD.phone IS DISTINCT FROM NEW.phone)
  EXECUTE FUNCTION sms_phone_problems_resolve_on_change();
