-- Columns: id, username, full_name, email, phone, role, active, created_at, clinic ids
-- ("1,2"), doctor id, patient id.
SELECT u.id, u.username, u.full_name, u.email, u.phone, u.role::text, u.active, rfc3339(u.created_at),
       (SELECT string_agg(uc.clinic_id::text, ',' ORDER BY uc.clinic_id) FROM user_clinics uc WHERE uc.user_id = u.id),
       (SELECT d.id FROM doctors d WHERE d.user_id = u.id),
       (SELECT p.id FROM patients p WHERE p.user_id = u.id)
FROM users u
WHERE u.id = $1
