-- Marks inbox message $1 handled by user $2; one already handled keeps who did it first.
UPDATE sms_inbox SET handled_by = $2, handled_at = now() WHERE id = $1 AND handled_at IS NULL
