-- $1 after id, $2 limit, $3 clinic, $4 specialty, $5 name query with LIKE wildcards escaped (each NULL for any).
-- Columns as select_doctor.
SELECT d.id, d.user_id, u.full_name, d.specialty, d.license_number, u.active,
       (SELECT string_agg(uc.clinic_id::text, ',' ORDER BY uc.clinic_id) FROM user_clinics uc WHERE uc.user_id = u.id)
         AS clinic_ids
FROM doctors d JOIN users u ON u.id = d.user_id
WHERE d.id > $1 AND u.role = 'doctor'
  AND ($3::bigint IS NULL OR EXISTS (SELECT 1 FROM user_clinics uc WHERE uc.user_id = u.id AND uc.clinic_id = $3))
  AND ($4::text IS NULL OR search_key(d.specialty) = search_key($4))
  AND ($5::text IS NULL OR search_key(u.full_name) LIKE '%' || search_key($5) || '%')
ORDER BY d.id
LIMIT $2
