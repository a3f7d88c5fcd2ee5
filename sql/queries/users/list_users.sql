-- Keyset pagination by id. $1 after_id, $2 limit, $3 q (substring of username or full
-- name, case-insensitive) or NULL, $4 role or NULL, $5 active or NULL.
SELECT id, username, full_name, email, phone, role::text, active, rfc3339(created_at)
FROM users
WHERE id > $1
  AND ($3::text IS NULL OR lower(username) LIKE '%' || lower($3) || '%' OR lower(full_name) LIKE '%' || lower($3) || '%')
  AND ($4::user_role IS NULL OR role = $4::user_role)
  AND ($5::boolean IS NULL OR active = $5)
ORDER BY id
LIMIT $2
