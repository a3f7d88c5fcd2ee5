-- Sets sms_consent ($2) of every patient whose phone is $1 (a family may share one);
-- the ids of those that changed.
UPDATE patients SET sms_consent = $2, updated_at = now()
WHERE phone = $1 AND sms_consent IS DISTINCT FROM $2
RETURNING id
