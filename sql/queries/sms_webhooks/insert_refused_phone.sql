-- A phone Twilio refused for good goes on the "fix this phone" list once (one open
-- problem per patient and phone).
INSERT INTO sms_phone_problems (patient_id, phone, error_code, message_id)
VALUES ($1, $2, $3, $4)
ON CONFLICT (patient_id, phone) WHERE resolved_at IS NULL DO NOTHING
