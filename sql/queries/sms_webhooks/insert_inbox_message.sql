INSERT INTO sms_inbox (clinic_id, patient_id, "from", body, provider_sid)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (provider_sid) DO NOTHING
