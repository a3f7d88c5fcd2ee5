INSERT INTO sms_message_events (message_id, status, error_code, detail) VALUES ($1, $2, $3, $4)
