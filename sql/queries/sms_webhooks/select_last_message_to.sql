-- The newest outbox message to number $1 that names a clinic: whose inbox a reply goes to.
SELECT clinic_id, patient_id
FROM sms_messages
WHERE "to" = $1 AND clinic_id IS NOT NULL
ORDER BY id DESC
LIMIT 1
