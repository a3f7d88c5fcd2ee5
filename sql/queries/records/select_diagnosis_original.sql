-- The original_id of diagnosis $1 (any of its versions) when it belongs to patient $2.
SELECT e.original_id
FROM record_entries e
WHERE e.id = $1 AND e.patient_id = $2 AND e.kind = 'diagnosis'
