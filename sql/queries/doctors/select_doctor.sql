-- Columns: id, user_id, full_name, specialty, license_number, active, clinic_ids ("1,2").
SELECT d.id, d.user_id, u.full_name, d.specialty, d.license_number, u.active,
       (SELECT string_agg(uc.clinic_id::text, ',' ORDER BY uc.clinic_id) FROM user_clinics uc WHERE uc.user_id = u.id)
         AS clinic_ids
FROM doctors d JOIN users u ON u.id = d.user_id
WHERE d.id = $1 AND u.role = 'doctor'
