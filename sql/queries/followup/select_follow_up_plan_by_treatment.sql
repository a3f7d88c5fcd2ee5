-- The plan made from treatment $1 (its original entry id), if any.
SELECT id, patient_id, treatment_id, diagnosis_id, interval_days, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on,
       status, created_by
FROM follow_up_plans
WHERE treatment_id = $1
