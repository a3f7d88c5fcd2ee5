-- Changes plan $1: interval $2, next due date $3, status $4 (each kept when null).
UPDATE follow_up_plans
SET interval_days = COALESCE($2::integer, interval_days),
    next_due_on = COALESCE($3::date, next_due_on),
    status = COALESCE($4::text, status),
    updated_at = now()
WHERE id = $1
