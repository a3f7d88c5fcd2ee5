-- NULL keeps a column. $1 id, $2 code, $3 name, $4 kind, $5 active, $6 floor
UPDATE rooms SET
  code = coalesce($2, code),
  name = coalesce($3, name),
  kind = coalesce($4, kind),
  active = coalesce($5, active),
  floor_id = coalesce($6, floor_id)
WHERE id = $1
RETURNING id, floor_id, clinic_id, code, name, kind, active
