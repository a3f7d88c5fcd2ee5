-- Newest first, keyset by id. $1 before_id, $2 limit, $3 actor, $4 patient, $5 action,
-- $6 from, $7 to (each NULL for no filter).
SELECT id, rfc3339(occurred_at), actor_user_id, actor_username, action, object_type, object_id,
       patient_id, emergency, details::text
FROM audit_events
WHERE id < $1
  AND ($3::bigint IS NULL OR actor_user_id = $3)
  AND ($4::bigint IS NULL OR patient_id = $4)
  AND ($5::text IS NULL OR action = $5)
  AND ($6::timestamptz IS NULL OR occurred_at >= $6)
  AND ($7::timestamptz IS NULL OR occurred_at < $7)
ORDER BY id DESC
LIMIT $2
