-- One doctor's agenda: list_appointments.sql with doctor_id given, the agendas' and the
-- doctor's day's hot path. The doctor and the time range are plain conditions here, not
-- "$n IS NULL OR ...", so the plan PostgreSQL caches for the prepared statement walks
-- appointments_doctor_starts_idx, and no execution pays for planning again (the general
-- query is re-planned on every call: ~2 ms, more than it takes to run).
-- Parameters and columns as list_appointments.sql ($3 required).
SELECT a.id, a.patient_id, a.doctor_id, a.room_id, a.practice_id, a.clinic_id, rfc3339(a.starts_at), rfc3339(a.ends_at),
       a.status::text, a.reason, p.first_name || ' ' || p.last_name, u.full_name, r.code, pr.name,
       d.user_id, p.user_id
FROM appointments a
JOIN patients p ON p.id = a.patient_id
JOIN doctors d ON d.id = a.doctor_id
JOIN users u ON u.id = d.user_id
JOIN rooms r ON r.id = a.room_id
JOIN practices pr ON pr.id = a.practice_id
WHERE ($1 = 0 OR (a.starts_at, a.id) > (SELECT c.starts_at, c.id FROM appointments c WHERE c.id = $1))
  AND a.doctor_id = $3
  AND ($4::bigint IS NULL OR a.patient_id = $4)
  AND ($5::bigint IS NULL OR a.clinic_id = $5)
  AND ($6::bigint IS NULL OR a.room_id = $6)
  AND ($7::text IS NULL OR a.status = $7::appointment_status)
  AND a.starts_at >= coalesce($8::timestamptz, '-infinity')
  AND a.starts_at < coalesce($9::timestamptz, 'infinity')
  AND appointment_visible_to(a.clinic_id, d.user_id, p.user_id, $10, $11)
ORDER BY a.starts_at, a.id
LIMIT $2
