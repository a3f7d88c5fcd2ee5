SELECT id, username, full_name, email, phone, role::text, active, rfc3339(created_at)
FROM users
WHERE id = $1
