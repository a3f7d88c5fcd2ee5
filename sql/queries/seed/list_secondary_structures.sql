-- What a bulk load into table $1 can drop and rebuild afterwards, faster than checking
-- and indexing row by row: its exclusion and foreign-key constraints and its indexes that
-- back no constraint (the primary key stays). Columns: kind ('constraint' or 'index'),
-- name, definition (pg_get_constraintdef / pg_get_indexdef).
SELECT 'constraint' AS kind, conname::text AS name, pg_get_constraintdef(oid) AS definition
FROM pg_constraint
WHERE conrelid = $1::regclass AND contype IN ('x', 'f')
UNION ALL
SELECT 'index', i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i
WHERE i.indrelid = $1::regclass AND NOT i.indisprimary
  AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)
