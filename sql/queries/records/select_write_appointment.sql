-- What an entry written during appointment $1 needs to know of it.
SELECT a.patient_id, d.user_id AS doctor_user_id, a.status::text AS status, a.clinic_id
FROM appointments a
JOIN doctors d ON d.id = a.doctor_id
WHERE a.id = $1
