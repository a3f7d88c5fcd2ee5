-- Columns: id, username, full_name, email, phone, role, active, created_at, clinic_ids
-- ("1,2"), doctor_id, patient_id.
SELECT u.id, u.username, u.full_name, u.email, u.phone, u.role::text AS role, u.active,
       rfc3339(u.created_at) AS created_at,
       (SELECT string_agg(uc.clinic_id::text, ',' ORDER BY uc.clinic_id) FROM user_clinics uc WHERE uc.user_id = u.id) AS clinic_ids,
       (SELECT d.id FROM doctors d WHERE d.user_id = u.id) AS doctor_id,
       (SELECT p.id FROM patients p WHERE p.user_id = u.id) AS patient_id
FROM users u
WHERE u.id = $1
