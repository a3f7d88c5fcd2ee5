-- Live turnos (registered, confirmed) starting within $2 hours after instant $1 that
-- have no reminder yet, of patients who accept SMS and have a phone, at most $3,
-- soonest first. None for a turno booked less than 2 hours before its start. Date and
-- time as the clinic's zone shows them; due_at is start - $2 hours, or the booking
-- time when it was booked later than that. Driven by appointments_starts_idx.
SELECT a.id AS appointment_id, a.patient_id, a.clinic_id, p.first_name, p.phone,
       c.name AS clinic_name, coalesce(c.phone, '') AS clinic_phone,
       to_char(a.starts_at AT TIME ZONE c.timezone, 'DD/MM/YYYY') AS local_date,
       to_char(a.starts_at AT TIME ZONE c.timezone, 'HH24:MI') AS local_time,
       u.full_name AS doctor_name,
       greatest(a.starts_at - make_interval(hours => $2::integer), a.created_at) AS due_at
FROM appointments a
JOIN patients p ON p.id = a.patient_id
JOIN clinics c ON c.id = a.clinic_id
JOIN doctors d ON d.id = a.doctor_id
JOIN users u ON u.id = d.user_id
WHERE a.status IN ('registered', 'confirmed')
  AND a.starts_at > $1::timestamptz
  AND a.starts_at <= $1::timestamptz + make_interval(hours => $2::integer)
  AND a.created_at <= a.starts_at - interval '2 hours'
  AND p.sms_consent AND coalesce(p.phone, '') <> ''
  AND NOT EXISTS (SELECT 1 FROM sms_messages m WHERE m.appointment_id = a.id AND m.kind = 'appointment_reminder')
ORDER BY a.starts_at, a.id
LIMIT $3::integer
