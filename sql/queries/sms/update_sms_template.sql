-- Replaces the body of template $1 with $2, changed by user $3; no row when no such kind.
WITH changed AS (
  UPDATE sms_templates SET body = $2, updated_by = $3, updated_at = now()
  WHERE kind = $1
  RETURNING kind, body, updated_at, updated_by
)
SELECT c.kind, c.body, rfc3339(c.updated_at) AS updated_at, c.updated_by, u.full_name AS updated_by_name
FROM changed c LEFT JOIN users u ON u.id = c.updated_by
