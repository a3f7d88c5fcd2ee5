-- One doctor's agenda: list_appointments.sql with doctor_id given, the agendas' and the
-- doctor's day's hot path. The doctor and the time range are plain conditions here, not
-- "$n IS NULL OR ...", so the plan PostgreSQL caches for the prepared statement walks
-- appointments_doctor_starts_idx, and no execution pays for planning again (the general
-- query is re-planned on every call: ~2 ms, more than it takes to run).
-- Parameters and columns as list_appointments.sql ($3 required).
SELECT v.id, v.patient_id, v.doctor_id, v.room_id, v.practice_id, v.clinic_id, rfc3339(v.starts_at), rfc3339(v.ends_at),
       v.status::text, v.reason, v.patient_name, v.doctor_name, v.room_code, v.practice_name, v.doctor_user_id,
       v.patient_user_id
FROM appointment_views v
WHERE ($1 = 0 OR (v.starts_at, v.id) > (SELECT c.starts_at, c.id FROM appointments c WHERE c.id = $1))
  AND v.doctor_id = $3
  AND ($4::bigint IS NULL OR v.patient_id = $4)
  AND ($5::bigint IS NULL OR v.clinic_id = $5)
  AND ($6::bigint IS NULL OR v.room_id = $6)
  AND ($7::text IS NULL OR v.status = $7::appointment_status)
  AND v.starts_at >= coalesce($8::timestamptz, '-infinity')
  AND v.starts_at < coalesce($9::timestamptz, 'infinity')
  AND appointment_visible_to(v.clinic_id, v.doctor_user_id, v.patient_user_id, $10, $11)
ORDER BY v.starts_at, v.id
LIMIT $2
