-- Patient $1's phone $2 refused by Twilio with code $3 (message $4): on the "fix this
-- phone" list, once while the problem is open (sms_phone_problems_open_key).
INSERT INTO sms_phone_problems (patient_id, phone, error_code, message_id) VALUES ($1, $2, $3, $4)
ON CONFLICT DO NOTHING
