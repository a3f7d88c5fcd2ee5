-- By start, then id; the cursor is the last id seen. $1 cursor id (0 for the first
-- page), $2 limit, $3 doctor, $4 patient, $5 clinic, $6 room, $7 status, $8 from,
-- $9 to, $10 caller role, $11 caller user id. Columns as select_appointment.
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
  AND ($3::bigint IS NULL OR a.doctor_id = $3)
  AND ($4::bigint IS NULL OR a.patient_id = $4)
  AND ($5::bigint IS NULL OR a.clinic_id = $5)
  AND ($6::bigint IS NULL OR a.room_id = $6)
  AND ($7::text IS NULL OR a.status = $7::appointment_status)
  AND ($8::timestamptz IS NULL OR a.starts_at >= $8)
  AND ($9::timestamptz IS NULL OR a.starts_at < $9)
  AND appointment_visible_to(a.clinic_id, d.user_id, p.user_id, $10, $11)
ORDER BY a.starts_at, a.id
LIMIT $2
