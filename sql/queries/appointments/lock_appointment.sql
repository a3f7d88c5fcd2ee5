-- The appointment's row, locked for a transition or reschedule, only when the caller
-- ($2 role, $3 user id) may see it (appointment_visible_to, the one rule). Columns:
-- status, started (start has passed), seconds until start, its local day minus today's
-- at the clinic (turno_days_from_today), clinic, doctor user, patient user.
SELECT a.status::text AS status, a.starts_at <= now() AS started,
       extract(epoch FROM (a.starts_at - now()))::bigint AS seconds_to_start,
       turno_days_from_today(a.starts_at, c.timezone, now()) AS days_from_today, a.clinic_id,
       d.user_id AS doctor_user_id, p.user_id AS patient_user_id
FROM appointments a JOIN doctors d ON d.id = a.doctor_id JOIN patients p ON p.id = a.patient_id
JOIN clinics c ON c.id = a.clinic_id
WHERE a.id = $1 AND appointment_visible_to(a.clinic_id, d.user_id, p.user_id, $2, $3)
FOR UPDATE OF a
