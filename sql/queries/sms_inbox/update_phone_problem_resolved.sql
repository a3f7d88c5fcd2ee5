-- Resolves phone problem $1 by user $2; one already resolved stays as it was.
UPDATE sms_phone_problems SET resolved_at = now(), resolved_by = $2 WHERE id = $1 AND resolved_at IS NULL
