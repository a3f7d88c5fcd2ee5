-- A batch of the chain for verification: $1 after id, $2 batch size.
SELECT e.id, e.prev_hash, e.hash, audit_canonical(e) AS canonical
FROM audit_events e
WHERE e.id > $1
ORDER BY e.id
LIMIT $2
