-- Diagnosis $1 (any version's id) of patient $2: its original id.
SELECT original_id AS diagnosis_id
FROM record_entries
WHERE id = $1 AND patient_id = $2 AND kind = 'diagnosis'
