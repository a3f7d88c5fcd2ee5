-- Keyset pagination by id. $1 after_id, $2 limit, $3 q (LIKE wildcards escaped: a substring of username or full
-- name, case-insensitive) or NULL, $4 role or NULL, $5 active or NULL, $6 clinic the user is
-- assigned to or NULL. Columns as select_user_by_id.
SELECT u.id, u.username, u.full_name, u.email, u.phone, u.role::text AS role, u.active,
       rfc3339(u.created_at) AS created_at,
       (SELECT string_agg(uc.clinic_id::text, ',' ORDER BY uc.clinic_id) FROM user_clinics uc WHERE uc.user_id = u.id) AS clinic_ids,
       (SELECT d.id FROM doctors d WHERE d.user_id = u.id) AS doctor_id,
       (SELECT p.id FROM patients p WHERE p.user_id = u.id) AS patient_id
FROM users u
WHERE u.id > $1
  AND ($3::text IS NULL OR lower(u.username) LIKE '%' || lower($3) || '%' OR search_key(u.full_name) LIKE '%' || search_key($3) || '%')
  AND ($4::user_role IS NULL OR u.role = $4::user_role)
  AND ($5::boolean IS NULL OR u.active = $5)
  AND ($6::bigint IS NULL OR EXISTS (SELECT 1 FROM user_clinics uc WHERE uc.user_id = u.id AND uc.clinic_id = $6))
ORDER BY u.id
LIMIT $2
