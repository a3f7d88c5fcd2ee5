-- The last appointment reminder that went out to number $1: what SI and NO answer.
SELECT appointment_id, patient_id, clinic_id
FROM sms_messages
WHERE "to" = $1 AND kind = 'appointment_reminder' AND status IN ('sent', 'delivered', 'simulated')
ORDER BY id DESC
LIMIT 1
