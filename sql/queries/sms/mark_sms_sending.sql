-- Message $1 is being sent by this worker since $2: one more attempt.
UPDATE sms_messages
SET status = 'sending', claimed_at = $2::timestamptz, attempts = attempts + 1, updated_at = now()
WHERE id = $1 AND status = 'pending'
RETURNING attempts
