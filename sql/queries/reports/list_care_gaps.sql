-- Care gaps: patients with a chronic condition (report_patient_conditions; $2 one
-- condition, NULL any) registered at the clinics $1 (comma-separated ids, NULL: every
-- clinic) who have not been seen (a visit anywhere in the network) on or after $3, or
-- who have an active follow-up plan due before $4 (today, the clinics' local date:
-- select_care_gap_today) and no visit since it was due.
-- Only patients patient_visible_to($5 role, $6 user) shows; by patient id after $7, at
-- most $8 rows.
SELECT p.id AS patient_id, p.first_name, p.last_name, p.document_type, p.document_number, p.phone,
       lv.last_visit, conds.codes AS conditions, fu.due_on AS follow_up_due_on
FROM patients p
CROSS JOIN LATERAL (
  SELECT string_agg(c.condition_code, ',' ORDER BY rc.position) AS codes
  FROM report_patient_conditions c JOIN report_conditions rc ON rc.code = c.condition_code
  WHERE c.patient_id = p.id AND ($2::text IS NULL OR c.condition_code = $2::text)) conds
CROSS JOIN LATERAL (
  SELECT max(upper(v.visit_days)) - 1 AS last_visit FROM report_patient_visits v WHERE v.patient_id = p.id) lv
CROSS JOIN LATERAL (
  SELECT min(f.next_due_on) AS due_on FROM follow_up_plans f
  WHERE f.patient_id = p.id AND f.status = 'active' AND f.next_due_on < $4::date
    AND (lv.last_visit IS NULL OR lv.last_visit < f.next_due_on)) fu
WHERE p.id > $7::bigint
  AND conds.codes IS NOT NULL
  AND ($1::text IS NULL OR EXISTS (
        SELECT 1 FROM patient_clinics pc
        WHERE pc.patient_id = p.id AND pc.clinic_id = ANY (string_to_array($1::text, ',')::bigint[])))
  AND (lv.last_visit IS NULL OR lv.last_visit < $3::date OR fu.due_on IS NOT NULL)
  AND patient_visible_to(p.id, $5::text, $6::bigint)
ORDER BY p.id
LIMIT $8
