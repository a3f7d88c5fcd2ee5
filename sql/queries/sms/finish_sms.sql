-- Message $1 ends (for this worker) in status $2: sent or simulated at $5 with
-- provider sid $3, or failed / expired / skipped with error code $4. Only from pending
-- or sending, so a status callback that already moved it on is never overwritten.
UPDATE sms_messages
SET status = $2, provider_sid = coalesce($3, provider_sid), error_code = coalesce($4, error_code),
    sent_at = CASE WHEN $2 IN ('sent', 'simulated') THEN $5::timestamptz ELSE sent_at END,
    needs_lookup = false, updated_at = now()
WHERE id = $1 AND status IN ('pending', 'sending')
