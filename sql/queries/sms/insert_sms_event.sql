-- One attempt or status change of message $1 (never the body, never a secret).
INSERT INTO sms_message_events (message_id, status, http_status, error_code, detail) VALUES ($1, $2, $3, $4, $5)
