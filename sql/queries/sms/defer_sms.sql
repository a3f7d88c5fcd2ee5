-- Message $1 waits until $2 (quiet hours); no attempt is counted.
UPDATE sms_messages SET next_attempt_at = $2::timestamptz, updated_at = now() WHERE id = $1 AND status = 'pending'
