-- The plan of treatment $2 (original id) started on $5: due $4 days after the start, or
-- after today when the treatment started earlier (a treatment recorded late is not due at once).
INSERT INTO follow_up_plans (patient_id, treatment_id, diagnosis_id, interval_days, next_due_on, created_by)
VALUES ($1, $2, $3, $4, GREATEST($5::date, current_date) + $4::integer, $6)
RETURNING id
