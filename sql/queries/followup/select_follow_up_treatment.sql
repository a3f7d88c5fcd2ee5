-- Treatment $1 (any version's id) of patient $2: its original id and the current
-- version's diagnosis.
SELECT cur.original_id AS treatment_id, cur.diagnosis_id
FROM record_entries e
JOIN record_entries cur ON cur.original_id = e.original_id
WHERE e.id = $1 AND e.patient_id = $2 AND e.kind = 'treatment'
  AND NOT EXISTS (SELECT 1 FROM record_entries n WHERE n.amends_id = cur.id)
