-- NULL keeps a column. $1 id, $2 code, $3 name, $4 specialty, $5 duration, $6 active
UPDATE practices SET
  code = coalesce($2, code),
  name = coalesce($3, name),
  specialty = coalesce($4, specialty),
  duration_minutes = coalesce($5, duration_minutes),
  active = coalesce($6, active)
WHERE id = $1
RETURNING id
