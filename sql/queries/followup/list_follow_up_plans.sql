-- Plans the caller (role $3, user $4) may see: those of patients visible to them
-- (patient_visible_to, the one rule), of patient $1 and in status $2 when given;
-- newest first, $6 + 1 rows after cursor id $5 (see MakePage).
SELECT id, patient_id, treatment_id, diagnosis_id, interval_days, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on,
       status, created_by
FROM follow_up_plans
WHERE ($1::bigint IS NULL OR patient_id = $1)
  AND ($2::text IS NULL OR status = $2)
  AND ($5::bigint IS NULL OR id < $5)
  AND patient_visible_to(patient_id, $3::text, $4::bigint)
ORDER BY id DESC
LIMIT $6::integer + 1
