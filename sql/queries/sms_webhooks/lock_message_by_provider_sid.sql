-- The outbox message Twilio calls $1, locked for its status change.
SELECT id, status, patient_id, "to"
FROM sms_messages
WHERE provider_sid = $1
FOR UPDATE
