-- What a turno's calendar file says, only when the caller ($2 role, $3 user id) may see
-- the turno (appointment_visible_to, the one rule). Times in UTC, iCalendar's basic
-- format. Columns: stamp (now), start, end, cancelled (cancelled or no_show), clinic
-- name, clinic address, doctor name, room code.
SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') AS stamp,
       to_char(v.starts_at AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') AS start,
       to_char(v.ends_at AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') AS "end",
       v.status IN ('cancelled', 'no_show') AS cancelled, c.name AS clinic_name, c.address AS clinic_address,
       v.doctor_name, v.room_code
FROM appointment_views v JOIN clinics c ON c.id = v.clinic_id
WHERE v.id = $1 AND appointment_visible_to(v.clinic_id, v.doctor_user_id, v.patient_user_id, $2, $3)
