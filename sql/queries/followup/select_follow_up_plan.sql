-- Plan $1.
SELECT id, patient_id, treatment_id, diagnosis_id, interval_days, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on,
       status, created_by
FROM follow_up_plans
WHERE id = $1
