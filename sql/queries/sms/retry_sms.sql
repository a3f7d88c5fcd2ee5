-- Message $1 back to pending, to be tried again at $2 ($3 the last error code; $4
-- whether the provider must be asked first if it went out).
UPDATE sms_messages
SET status = 'pending', next_attempt_at = $2::timestamptz, error_code = $3, needs_lookup = $4, updated_at = now()
WHERE id = $1 AND status IN ('pending', 'sending')
