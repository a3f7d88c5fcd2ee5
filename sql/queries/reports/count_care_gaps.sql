-- How many patients list_care_gaps lists over every page: the same rule and the same
-- parameters $1..$6 (clinics, condition, since, today, role, user).
SELECT count(*) AS count FROM (
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
  WHERE conds.codes IS NOT NULL
    AND ($1::text IS NULL OR EXISTS (
          SELECT 1 FROM patient_clinics pc
          WHERE pc.patient_id = p.id AND pc.clinic_id = ANY (string_to_array($1::text, ',')::bigint[])))
    AND (lv.last_visit IS NULL OR lv.last_visit < $3::date OR fu.due_on IS NOT NULL)
    AND patient_visible_to(p.id, $5::text, $6::bigint)
) gaps
