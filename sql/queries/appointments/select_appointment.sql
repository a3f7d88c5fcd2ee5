-- Columns: id, patient_id, doctor_id, room_id, practice_id, clinic_id, start, end, status,
-- reason, patient name, doctor name, room code, practice name, doctor's user id, patient's
-- user id. Only when the caller
-- ($2 role, $3 user id) may see it.
SELECT a.id, a.patient_id, a.doctor_id, a.room_id, a.practice_id, a.clinic_id, rfc3339(a.starts_at), rfc3339(a.ends_at),
       a.status::text, a.reason, p.first_name || ' ' || p.last_name, u.full_name, r.code, pr.name,
       d.user_id, p.user_id
FROM appointments a
JOIN patients p ON p.id = a.patient_id
JOIN doctors d ON d.id = a.doctor_id
JOIN users u ON u.id = d.user_id
JOIN rooms r ON r.id = a.room_id
JOIN practices pr ON pr.id = a.practice_id
WHERE a.id = $1 AND appointment_visible_to(a.clinic_id, d.user_id, p.user_id, $2, $3)
