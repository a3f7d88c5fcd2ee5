-- The SMS screens (issue 10): the admins' delivery figures, the secretaries' follow-up
-- worklist, and who last changed a template.

-- GET /sms/summary counts a period's messages by status and kind: one clinic's, or all.
CREATE INDEX sms_messages_clinic_due_idx ON sms_messages (clinic_id, due_at);
CREATE INDEX sms_messages_due_idx ON sms_messages (due_at);
-- The worklist's "alerted and not booked": the follow-up alerts of recent due dates.
CREATE INDEX sms_messages_follow_up_due_idx ON sms_messages (plan_due_on, plan_id) WHERE kind = 'follow_up';

-- The due date an active plan waits on at `p_today`, or NULL when it waits on none: the
-- latest of its next_due_on once passed and the due date of its latest follow-up alert
-- (the scheduler moves next_due_on on when it alerts). Alerts older than 400 days are not
-- looked at: an active plan is alerted again within its interval (at most 365 days).
-- One definition for the worklist's rows and for its cursor.
CREATE FUNCTION follow_up_pending_due_on(p_plan_id bigint, p_next_due_on date, p_today date) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT greatest(
           CASE WHEN p_next_due_on < p_today THEN p_next_due_on END,
           (SELECT max(m.plan_due_on) FROM sms_messages m
            WHERE m.plan_id = p_plan_id AND m.kind = 'follow_up'
              AND m.plan_due_on BETWEEN p_today - 400 AND p_today))
$$;

-- Whether the patient has a live turno (not cancelled, not a no-show) on or after
-- `p_due_on`, a local day of the turno's clinic: a booked control visit.
CREATE FUNCTION follow_up_visit_booked(p_patient_id bigint, p_due_on date) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM appointments a JOIN clinics c ON c.id = a.clinic_id
    WHERE a.patient_id = p_patient_id
      AND a.starts_at >= (p_due_on - 1)::timestamp AT TIME ZONE 'UTC'
      AND a.status NOT IN ('cancelled', 'no_show')
      AND (a.starts_at AT TIME ZONE c.timezone)::date >= p_due_on)
$$;
