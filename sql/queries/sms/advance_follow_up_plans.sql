-- Moves each plan of one scheduler batch ($1: a JSON array of {plan_id, today}) to its
-- first due date after `today` (the clinic's date): next_due_on + interval_days once,
-- or as many times as it takes when periods were missed (one alert, not one per
-- missed period).
UPDATE follow_up_plans fp
SET next_due_on = fp.next_due_on + fp.interval_days * ((x.today - fp.next_due_on) / fp.interval_days + 1),
    updated_at = now()
FROM jsonb_to_recordset($1::jsonb) AS x(plan_id bigint, today date)
WHERE fp.id = x.plan_id AND fp.status = 'active' AND fp.next_due_on <= x.today
