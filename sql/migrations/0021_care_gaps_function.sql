-- Who is a care gap, defined once: list_care_gaps.sql (a page) and count_care_gaps.sql
-- (the secretary's Inicio) both read this function, so the count is always what the list
-- holds. A single-SELECT STABLE SQL function: PostgreSQL inlines it, so the list's
-- `patient_id > cursor ORDER BY patient_id LIMIT n` still walks the patients' primary key.
--
-- Patients with a chronic condition (report_patient_conditions; p_condition one condition,
-- NULL any) registered at the clinics p_clinics (comma-separated ids, NULL: every clinic)
-- who have not been seen (a visit anywhere in the network) on or after p_since, or who
-- have an active follow-up plan due before p_today (the clinics' local date:
-- select_care_gap_today) and no visit since it was due; only those
-- patient_visible_to(p_role, p_user_id) shows.
CREATE FUNCTION care_gaps(p_clinics text, p_condition text, p_since date, p_today date, p_role text, p_user_id bigint)
RETURNS TABLE (patient_id bigint, first_name text, last_name text, document_type text, document_number text,
               phone text, last_visit date, conditions text, follow_up_due_on date)
LANGUAGE sql STABLE AS $$
  SELECT p.id, p.first_name, p.last_name, p.document_type, p.document_number, p.phone,
         lv.last_visit, conds.codes, fu.due_on
  FROM patients p
  CROSS JOIN LATERAL (
    SELECT string_agg(c.condition_code, ',' ORDER BY rc.position) AS codes
    FROM report_patient_conditions c JOIN report_conditions rc ON rc.code = c.condition_code
    WHERE c.patient_id = p.id AND (p_condition IS NULL OR c.condition_code = p_condition)) conds
  CROSS JOIN LATERAL (
    SELECT max(upper(v.visit_days)) - 1 AS last_visit FROM report_patient_visits v WHERE v.patient_id = p.id) lv
  CROSS JOIN LATERAL (
    SELECT min(f.next_due_on) AS due_on FROM follow_up_plans f
    WHERE f.patient_id = p.id AND f.status = 'active' AND f.next_due_on < p_today
      AND (lv.last_visit IS NULL OR lv.last_visit < f.next_due_on)) fu
  WHERE conds.codes IS NOT NULL
    AND (p_clinics IS NULL OR EXISTS (
          SELECT 1 FROM patient_clinics pc
          WHERE pc.patient_id = p.id AND pc.clinic_id = ANY (string_to_array(p_clinics, ',')::bigint[])))
    AND (lv.last_visit IS NULL OR lv.last_visit < p_since OR fu.due_on IS NOT NULL)
    AND patient_visible_to(p.id, p_role, p_user_id)
$$;
