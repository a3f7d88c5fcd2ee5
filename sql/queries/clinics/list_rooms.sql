-- $1 after id, $2 limit, $3 clinic, $4 floor, $5 active (each NULL for any)
SELECT id, floor_id, clinic_id, code, name, kind, active
FROM rooms
WHERE id > $1
  AND ($3::bigint IS NULL OR clinic_id = $3)
  AND ($4::bigint IS NULL OR floor_id = $4)
  AND ($5::boolean IS NULL OR active = $5)
ORDER BY id
LIMIT $2
