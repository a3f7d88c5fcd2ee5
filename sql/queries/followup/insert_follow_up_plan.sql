-- A new active plan; next_due_on $5 (a date), or current_date + interval $4 when null.
INSERT INTO follow_up_plans (patient_id, treatment_id, diagnosis_id, interval_days, next_due_on, created_by)
VALUES ($1, $2, $3, $4, COALESCE($5::date, current_date + $4::integer), $6)
RETURNING id
