-- Follow-up plans (issue 10, first part): a patient followed up every interval_days,
-- next due on next_due_on, active until paused or ended (ended is final). A plan made
-- from a treatment names the treatment's original entry (record_entries.original_id),
-- at most one plan per treatment; the records service keeps it in step with the
-- treatment's amendments in the same transaction (no triggers: the rule lives in code).
CREATE TABLE follow_up_plans (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  patient_id     bigint NOT NULL REFERENCES patients (id),
  treatment_id   bigint REFERENCES record_entries (id),
  diagnosis_id   bigint REFERENCES record_entries (id),
  interval_days  integer NOT NULL CHECK (interval_days BETWEEN 1 AND 365),
  next_due_on    date NOT NULL,
  status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
  created_by     bigint REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT follow_up_plans_treatment_key UNIQUE (treatment_id)
);

-- The scheduler's scan: active plans by due date.
CREATE INDEX follow_up_plans_due_idx ON follow_up_plans (next_due_on) WHERE status = 'active';
-- A patient's plans (the chart, GET /follow-up-plans?patient_id=), newest first.
CREATE INDEX follow_up_plans_patient_idx ON follow_up_plans (patient_id, id);
