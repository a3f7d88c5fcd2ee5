-- NULL keeps a column; $5 says whether phone is being set. $1 id, $2 name, $3 address,
-- $4 phone, $5 set_phone, $6 timezone, $7 active
UPDATE clinics SET
  name = coalesce($2, name),
  address = coalesce($3, address),
  phone = CASE WHEN $5 THEN $4 ELSE phone END,
  timezone = coalesce($6, timezone),
  active = coalesce($7, active)
WHERE id = $1
RETURNING id
