-- The waiting room today at clinic $1: who waits (longest first) and who is in which
-- room. Only first name and initial: the board hangs where everyone can read it.
-- Columns: appointment id, status, display name, doctor name, room code, start, since.
SELECT a.id, a.status::text, p.first_name || ' ' || left(p.last_name, 1) || '.', u.full_name, r.code,
       rfc3339(a.starts_at),
       rfc3339(coalesce((SELECT max(e.occurred_at) FROM appointment_events e
                         WHERE e.appointment_id = a.id AND e.to_status = a.status), a.updated_at))
FROM appointments a
JOIN clinics c ON c.id = a.clinic_id
JOIN patients p ON p.id = a.patient_id
JOIN doctors d ON d.id = a.doctor_id
JOIN users u ON u.id = d.user_id
JOIN rooms r ON r.id = a.room_id
WHERE a.clinic_id = $1
  AND a.starts_at >= now() - interval '1 day' AND a.starts_at < now() + interval '1 day'
  AND (a.starts_at AT TIME ZONE c.timezone)::date = (now() AT TIME ZONE c.timezone)::date
  AND a.status IN ('waiting', 'in_progress')
ORDER BY a.status DESC, 7, a.id
