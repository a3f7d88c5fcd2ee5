-- NULL leaves a column unchanged; $4/$6 say whether email/phone are being set (they may
-- be set to NULL). $1 id, $2 full_name, $3 email, $4 set_email, $5 phone, $6 set_phone,
-- $7 role, $8 active, $9 password_hash
UPDATE users SET
  full_name = coalesce($2, full_name),
  email = CASE WHEN $4 THEN $3 ELSE email END,
  phone = CASE WHEN $6 THEN $5 ELSE phone END,
  role = coalesce($7::user_role, role),
  active = coalesce($8, active),
  password_hash = coalesce($9, password_hash),
  failed_logins = CASE WHEN $9 IS NULL THEN failed_logins ELSE 0 END,
  locked_until = CASE WHEN $9 IS NULL THEN locked_until ELSE NULL END,
  updated_at = now()
WHERE id = $1
RETURNING id
