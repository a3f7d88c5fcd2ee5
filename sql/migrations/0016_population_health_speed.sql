-- Population health without the patients table (issue 11, DESIGN.md §8). The report
-- looked up every seen patient's birth date and sex in patients, one probe per row
-- (~100,000 for a year of the network): most of its seconds. The patient × clinic
-- visit rollup now carries both, so the report reads report_patient_visits and
-- report_patient_conditions only. They are copied when a row is written (under a share
-- lock on the patient, so an edit of the patient in flight is waited for) and kept by a
-- trigger on patients when a birth date or sex changes. The age band stays computed at
-- the period's end (it depends on it), from the exact birth date.

ALTER TABLE report_patient_visits ADD COLUMN birth_date date, ADD COLUMN sex text;

UPDATE report_patient_visits v SET birth_date = p.birth_date, sex = p.sex FROM patients p WHERE p.id = v.patient_id;

CREATE OR REPLACE FUNCTION report_refresh_patient_visits(p_patient_id bigint, p_clinic_id bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  days datemultirange := report_visit_days(p_patient_id, p_clinic_id);
  pa record;
BEGIN
  IF days IS NULL THEN
    DELETE FROM report_patient_visits WHERE patient_id = p_patient_id AND clinic_id = p_clinic_id;
  ELSE
    SELECT p.birth_date, p.sex INTO pa FROM patients p WHERE p.id = p_patient_id FOR SHARE;
    INSERT INTO report_patient_visits (patient_id, clinic_id, visit_days, birth_date, sex)
    VALUES (p_patient_id, p_clinic_id, days, pa.birth_date, pa.sex)
    ON CONFLICT (patient_id, clinic_id) DO UPDATE SET visit_days = EXCLUDED.visit_days;
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION report_visits_on_appointment() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  was boolean := TG_OP = 'UPDATE' AND OLD.status IN ('waiting', 'in_progress', 'finished');
  is_now boolean := NEW.status IN ('waiting', 'in_progress', 'finished');
  day date;
  pa record;
BEGIN
  IF was AND is_now AND OLD.patient_id = NEW.patient_id AND OLD.clinic_id = NEW.clinic_id
     AND OLD.starts_at = NEW.starts_at THEN
    RETURN NULL;
  END IF;
  IF was THEN
    PERFORM report_refresh_patient_visits(OLD.patient_id, OLD.clinic_id);
  END IF;
  IF is_now THEN
    SELECT (NEW.starts_at AT TIME ZONE c.timezone)::date INTO day FROM clinics c WHERE c.id = NEW.clinic_id;
    SELECT p.birth_date, p.sex INTO pa FROM patients p WHERE p.id = NEW.patient_id FOR SHARE;
    INSERT INTO report_patient_visits AS v (patient_id, clinic_id, visit_days, birth_date, sex)
    VALUES (NEW.patient_id, NEW.clinic_id, datemultirange(daterange(day, day, '[]')), pa.birth_date, pa.sex)
    ON CONFLICT (patient_id, clinic_id) DO UPDATE SET visit_days = v.visit_days + EXCLUDED.visit_days;
  END IF;
  RETURN NULL;
END
$$;

-- A patient's birth date or sex edited: their visit rows follow.
CREATE FUNCTION report_visits_on_patient() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE report_patient_visits SET birth_date = NEW.birth_date, sex = NEW.sex WHERE patient_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER patients_report_visits AFTER UPDATE OF birth_date, sex ON patients
  FOR EACH ROW WHEN (OLD.birth_date IS DISTINCT FROM NEW.birth_date OR OLD.sex IS DISTINCT FROM NEW.sex)
  EXECUTE FUNCTION report_visits_on_patient();

-- As in migration 0011, the visit rows with the patient's birth date and sex.
CREATE OR REPLACE FUNCTION rebuild_population_rollups(p_clinic_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE appointments, record_entries IN SHARE MODE;
  DELETE FROM report_patient_visits WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  INSERT INTO report_patient_visits (patient_id, clinic_id, visit_days, birth_date, sex)
  SELECT v.patient_id, v.clinic_id, v.days, p.birth_date, p.sex
  FROM (SELECT d.patient_id, d.clinic_id, range_agg(daterange(d.d, d.d, '[]')) AS days
        FROM (SELECT DISTINCT a.patient_id, a.clinic_id, (a.starts_at AT TIME ZONE c.timezone)::date AS d
              FROM appointments a JOIN clinics c ON c.id = a.clinic_id
              WHERE a.status IN ('waiting', 'in_progress', 'finished')
                AND (p_clinic_id IS NULL OR a.clinic_id = p_clinic_id)) d
        GROUP BY d.patient_id, d.clinic_id) v
  JOIN patients p ON p.id = v.patient_id;

  DELETE FROM report_patient_conditions;
  INSERT INTO report_patient_conditions
  SELECT DISTINCT ON (f.patient_id, f.condition_code) f.patient_id, f.condition_code, f.first_on, f.clinic_id
  FROM (SELECT cur.patient_id, report_condition_of(cur.code) AS condition_code,
               (o.created_at AT TIME ZONE c.timezone)::date AS first_on, o.clinic_id, o.id
        FROM record_entries cur
        JOIN record_entries o ON o.id = cur.original_id
        JOIN clinics c ON c.id = o.clinic_id
        WHERE cur.kind = 'diagnosis' AND cur.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM record_entries n WHERE n.amends_id = cur.id)) f
  WHERE f.condition_code IS NOT NULL
  ORDER BY f.patient_id, f.condition_code, f.first_on, f.id;

  DELETE FROM report_diagnosis_daily WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  INSERT INTO report_diagnosis_daily
  SELECT o.clinic_id, (o.created_at AT TIME ZONE c.timezone)::date, cur.code, count(*)
  FROM record_entries cur
  JOIN record_entries o ON o.id = cur.original_id
  JOIN clinics c ON c.id = o.clinic_id
  WHERE cur.kind = 'diagnosis' AND NOT EXISTS (SELECT 1 FROM record_entries n WHERE n.amends_id = cur.id)
    AND (p_clinic_id IS NULL OR o.clinic_id = p_clinic_id)
  GROUP BY 1, 2, 3;
  DELETE FROM report_diagnosis_monthly WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  INSERT INTO report_diagnosis_monthly
  SELECT clinic_id, date_trunc('month', day)::date, code, sum(diagnoses)
  FROM report_diagnosis_daily WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id
  GROUP BY 1, 2, 3;
END
$$;
