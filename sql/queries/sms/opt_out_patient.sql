-- Patient $1 no longer accepts SMS; a row only when it changed something.
UPDATE patients SET sms_consent = false, updated_at = now() WHERE id = $1 AND sms_consent RETURNING id
