-- The appointment's row, locked for a transition or reschedule. Columns: status,
-- started (start has passed), seconds until start, clinic, doctor user, patient user.
SELECT a.status::text, a.starts_at <= now(), extract(epoch FROM (a.starts_at - now()))::bigint, a.clinic_id,
       d.user_id, p.user_id
FROM appointments a JOIN doctors d ON d.id = a.doctor_id JOIN patients p ON p.id = a.patient_id
WHERE a.id = $1
FOR UPDATE OF a
