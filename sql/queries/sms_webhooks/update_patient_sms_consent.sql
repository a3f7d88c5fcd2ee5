-- Sets patient $1's sms_consent to $2; the id when it changed, no row when it already was.
UPDATE patients SET sms_consent = $2, updated_at = now()
WHERE id = $1 AND sms_consent IS DISTINCT FROM $2
RETURNING id
