-- The follow-up alerts of one scheduler batch ($1: a JSON array of {plan_id, due_on,
-- patient_id, clinic_id, to, body, due_at}), pending from due_at. The unique key
-- (plan_id, plan_due_on) makes a second pass over the same plans write nothing.
INSERT INTO sms_messages (patient_id, clinic_id, plan_id, plan_due_on, kind, "to", body, due_at, next_attempt_at)
SELECT x.patient_id, x.clinic_id, x.plan_id, x.due_on, 'follow_up', x."to", x.body, x.due_at, x.due_at
FROM jsonb_to_recordset($1::jsonb)
  AS x(plan_id bigint, due_on date, patient_id bigint, clinic_id bigint, "to" text, body text, due_at timestamptz)
ON CONFLICT DO NOTHING
RETURNING id
