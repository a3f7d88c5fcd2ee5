-- The follow-up worklist ("Seguimiento") of role $1, user $2: active plans of patients
-- visible to them (patient_visible_to, the one rule), registered at clinic $3 when given,
-- that wait on a due date (follow_up_pending_due_on: next_due_on passed, or an alert sent)
-- with no live turno booked on or after it (follow_up_visit_booked). Most overdue first,
-- then by plan; $5 + 1 rows after the plan of cursor $4 (see MakePage). "Today" is clinic
-- $3's local day, UTC without a clinic. Candidates come from two indexes: active plans by
-- next_due_on and the follow-up alerts of the last 400 days by due date.
WITH today AS (
  SELECT (now() AT TIME ZONE coalesce((SELECT timezone FROM clinics WHERE id = $3::bigint), 'UTC'))::date AS d
),
candidates AS (
  SELECT p.id FROM follow_up_plans p, today WHERE p.status = 'active' AND p.next_due_on < today.d
  UNION
  SELECT m.plan_id FROM sms_messages m, today
  WHERE m.kind = 'follow_up' AND m.plan_due_on BETWEEN today.d - 400 AND today.d
),
waiting AS (
  SELECT p.id, p.patient_id, p.interval_days, p.created_by, today.d AS today,
         follow_up_pending_due_on(p.id, p.next_due_on, today.d) AS due_on
  FROM candidates c JOIN follow_up_plans p ON p.id = c.id CROSS JOIN today
  WHERE p.status = 'active'
    AND ($3::bigint IS NULL OR EXISTS (
          SELECT 1 FROM patient_clinics pc WHERE pc.patient_id = p.patient_id AND pc.clinic_id = $3::bigint))
    AND patient_visible_to(p.patient_id, $1::text, $2::bigint)
),
after_cursor AS (
  SELECT follow_up_pending_due_on(p.id, p.next_due_on, today.d) AS due_on, p.id
  FROM follow_up_plans p, today WHERE p.id = $4::bigint
)
SELECT w.id AS plan_id, w.patient_id, pt.first_name, pt.last_name, pt.document_type, pt.document_number, pt.phone,
       pt.sms_consent, to_char(w.due_on, 'YYYY-MM-DD') AS due_on, (w.today - w.due_on) AS days_overdue,
       w.interval_days, d.id AS doctor_id, u.full_name AS doctor_name,
       last.status AS last_sms_status, rfc3339(last.updated_at) AS last_sms_at
FROM waiting w
JOIN patients pt ON pt.id = w.patient_id
LEFT JOIN doctors d ON d.user_id = w.created_by
LEFT JOIN users u ON u.id = d.user_id
LEFT JOIN LATERAL (
  SELECT m.status, m.updated_at FROM sms_messages m
  WHERE m.plan_id = w.id AND m.kind = 'follow_up'
  ORDER BY m.plan_due_on DESC, m.id DESC LIMIT 1
) last ON true
WHERE w.due_on IS NOT NULL
  AND NOT follow_up_visit_booked(w.patient_id, w.due_on)
  AND ($4::bigint IS NULL OR (w.due_on, w.id) > (SELECT a.due_on, a.id FROM after_cursor a))
ORDER BY w.due_on, w.id
LIMIT $5::integer + 1
