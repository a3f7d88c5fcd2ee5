UPDATE sms_messages
SET status = $2, error_code = coalesce($3, error_code), updated_at = now()
WHERE id = $1
