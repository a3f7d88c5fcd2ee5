-- Columns: id, patient_id, doctor_id, room_id, practice_id, clinic_id, start, end, status,
-- reason, patient name, doctor name, room code, practice name, doctor's user id, patient's
-- user id. Only when the caller
-- ($2 role, $3 user id) may see it.
SELECT v.id, v.patient_id, v.doctor_id, v.room_id, v.practice_id, v.clinic_id, rfc3339(v.starts_at), rfc3339(v.ends_at),
       v.status::text, v.reason, v.patient_name, v.doctor_name, v.room_code, v.practice_name, v.doctor_user_id,
       v.patient_user_id
FROM appointment_views v
WHERE v.id = $1 AND appointment_visible_to(v.clinic_id, v.doctor_user_id, v.patient_user_id, $2, $3)
