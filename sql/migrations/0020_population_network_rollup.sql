-- Population health over five years for the whole network (issue 11, DESIGN.md §8).
-- The report read one row per patient × clinic seen (report_patient_visits), sorted
-- them to count each patient once for the network (DISTINCT ON), joined every row with
-- report_patient_conditions, and computed each age with age(); for the network over
-- years that is ~250,000 rows sorted and joined per request. Now:
--   * report_patient_network: one row per patient seen anywhere (the union of their
--     visit days), so the network's figures are a plain count, no dedupe;
--   * each visit row (and network row) carries the patient's chronic conditions as a
--     bit mask (bit = report_conditions.position - 1) with the day the last of them was
--     first recorded, so a period ending after that day (every current period) needs
--     no join: the report groups by mask first, then spreads the few groups over the
--     conditions;
--   * first_day / last_day of the visit days and the birth date as YYYYMMDD, generated
--     columns, so most rows are decided without reading the multirange and the age is
--     one subtraction.
-- Kept by triggers as the visit rows are (a check-in adds its day to the network row
-- under its row lock, as for the visit row); rebuilt by rebuild_report_rollups().

ALTER TABLE report_patient_visits
  ADD COLUMN first_day date GENERATED ALWAYS AS (lower(visit_days)) STORED,
  ADD COLUMN last_day date GENERATED ALWAYS AS (upper(visit_days) - 1) STORED,
  ADD COLUMN birth_key integer GENERATED ALWAYS AS (
    (extract(year FROM birth_date) * 10000 + extract(month FROM birth_date) * 100 + extract(day FROM birth_date))::integer
  ) STORED,
  ADD COLUMN cond_mask integer NOT NULL DEFAULT 0,
  ADD COLUMN conds_all_by date;  -- the latest first_on of the patient's conditions; NULL: none

CREATE TABLE report_patient_network (
  patient_id    bigint PRIMARY KEY,
  visit_days    datemultirange NOT NULL,
  birth_date    date,
  sex           text,
  cond_mask     integer NOT NULL DEFAULT 0,
  conds_all_by  date,
  first_day     date GENERATED ALWAYS AS (lower(visit_days)) STORED,
  last_day      date GENERATED ALWAYS AS (upper(visit_days) - 1) STORED,
  birth_key     integer GENERATED ALWAYS AS (
    (extract(year FROM birth_date) * 10000 + extract(month FROM birth_date) * 100 + extract(day FROM birth_date))::integer
  ) STORED
);

-- A patient's conditions as of p_on (NULL: all of them): the mask and the latest first day.
CREATE FUNCTION report_condition_mask(p_patient_id bigint, p_on date DEFAULT NULL,
                                      OUT mask integer, OUT all_by date)
LANGUAGE sql STABLE AS $$
  SELECT coalesce(bit_or(1 << (rc.position - 1)), 0), max(pc.first_on)
  FROM report_patient_conditions pc JOIN report_conditions rc ON rc.code = pc.condition_code
  WHERE pc.patient_id = p_patient_id AND (p_on IS NULL OR pc.first_on <= p_on)
$$;

-- A new visit row starts with the patient's conditions (an upsert's conflicting row
-- keeps its own, which the conditions trigger below keeps current).
CREATE FUNCTION report_visits_conditions_on_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  IF current_setting('healthpulse.rebuilding_rollups', true) = 'on' THEN
    RETURN NEW;  -- the rebuild sets every mask at once
  END IF;
  SELECT * INTO c FROM report_condition_mask(NEW.patient_id);
  NEW.cond_mask := c.mask;
  NEW.conds_all_by := c.all_by;
  RETURN NEW;
END
$$;

CREATE TRIGGER report_patient_visits_conditions BEFORE INSERT ON report_patient_visits
  FOR EACH ROW EXECUTE FUNCTION report_visits_conditions_on_insert();

-- A patient's conditions changed (report_diagnoses_on_entry deletes and reinserts them):
-- their visit rows take the new mask, and through them the network row.
CREATE FUNCTION report_conditions_to_visits() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('healthpulse.rebuilding_rollups', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    UPDATE report_patient_visits v SET cond_mask = m.mask, conds_all_by = m.all_by
    FROM (SELECT DISTINCT patient_id FROM changed_rows) p, report_condition_mask(p.patient_id) m
    WHERE v.patient_id = p.patient_id AND (v.cond_mask, v.conds_all_by) IS DISTINCT FROM (m.mask, m.all_by);
  ELSE
    UPDATE report_patient_visits v SET cond_mask = m.mask, conds_all_by = m.all_by
    FROM (SELECT DISTINCT patient_id FROM gone_rows) p, report_condition_mask(p.patient_id) m
    WHERE v.patient_id = p.patient_id AND (v.cond_mask, v.conds_all_by) IS DISTINCT FROM (m.mask, m.all_by);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_patient_conditions_inserted AFTER INSERT ON report_patient_conditions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION report_conditions_to_visits();
CREATE TRIGGER report_patient_conditions_deleted AFTER DELETE ON report_patient_conditions
  REFERENCING OLD TABLE AS gone_rows FOR EACH STATEMENT EXECUTE FUNCTION report_conditions_to_visits();

-- One patient's network row from their visit rows (deleted when none is left).
CREATE FUNCTION report_refresh_patient_network(p_patient_id bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  SELECT range_agg(v.visit_days) AS days, max(v.birth_date) AS birth_date, max(v.sex) AS sex,
         max(v.cond_mask) AS cond_mask, max(v.conds_all_by) AS conds_all_by
  INTO r FROM report_patient_visits v WHERE v.patient_id = p_patient_id;
  IF r.days IS NULL THEN
    DELETE FROM report_patient_network WHERE patient_id = p_patient_id;
  ELSE
    INSERT INTO report_patient_network (patient_id, visit_days, birth_date, sex, cond_mask, conds_all_by)
    VALUES (p_patient_id, r.days, r.birth_date, r.sex, r.cond_mask, r.conds_all_by)
    ON CONFLICT (patient_id) DO UPDATE SET visit_days = EXCLUDED.visit_days, birth_date = EXCLUDED.birth_date,
      sex = EXCLUDED.sex, cond_mask = EXCLUDED.cond_mask, conds_all_by = EXCLUDED.conds_all_by;
  END IF;
END
$$;

-- A visit row that gained days (a check-in) adds them to the network row under its row
-- lock, so concurrent check-ins of one patient at two clinics both count; any other
-- change (days lost, a row gone) recomputes the patient's network row. Birth date, sex
-- and conditions follow either way. A rebuild skips this and fills the table at once.
CREATE FUNCTION report_network_on_visits() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('healthpulse.rebuilding_rollups', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (NOT NEW.visit_days @> OLD.visit_days
                                               OR NEW.patient_id <> OLD.patient_id)) THEN
    PERFORM report_refresh_patient_network(OLD.patient_id);
    IF TG_OP = 'DELETE' THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO report_patient_network AS n (patient_id, visit_days, birth_date, sex, cond_mask, conds_all_by)
  VALUES (NEW.patient_id, NEW.visit_days, NEW.birth_date, NEW.sex, NEW.cond_mask, NEW.conds_all_by)
  ON CONFLICT (patient_id) DO UPDATE SET visit_days = n.visit_days + EXCLUDED.visit_days,
    birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex, cond_mask = EXCLUDED.cond_mask,
    conds_all_by = EXCLUDED.conds_all_by;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_patient_visits_network AFTER INSERT OR UPDATE OR DELETE ON report_patient_visits
  FOR EACH ROW EXECUTE FUNCTION report_network_on_visits();

-- As in migration 0016, with the triggers above held off (healthpulse.rebuilding_rollups)
-- and the masks and the network rows set in bulk instead.
CREATE OR REPLACE FUNCTION rebuild_population_rollups(p_clinic_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE appointments, record_entries IN SHARE MODE;
  LOCK TABLE report_patient_network IN EXCLUSIVE MODE;
  PERFORM set_config('healthpulse.rebuilding_rollups', 'on', true);
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

  -- Every visit row's mask, from the conditions just rebuilt.
  UPDATE report_patient_visits v SET cond_mask = m.mask, conds_all_by = m.all_by
  FROM (SELECT pc.patient_id, bit_or(1 << (rc.position - 1)) AS mask, max(pc.first_on) AS all_by
        FROM report_patient_conditions pc JOIN report_conditions rc ON rc.code = pc.condition_code
        GROUP BY pc.patient_id) m
  WHERE v.patient_id = m.patient_id AND (v.cond_mask, v.conds_all_by) IS DISTINCT FROM (m.mask, m.all_by);
  UPDATE report_patient_visits v SET cond_mask = 0, conds_all_by = NULL
  WHERE (v.cond_mask <> 0 OR v.conds_all_by IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM report_patient_conditions pc WHERE pc.patient_id = v.patient_id);

  DELETE FROM report_patient_network;
  INSERT INTO report_patient_network (patient_id, visit_days, birth_date, sex, cond_mask, conds_all_by)
  SELECT v.patient_id, range_agg(v.visit_days), max(v.birth_date), max(v.sex), max(v.cond_mask), max(v.conds_all_by)
  FROM report_patient_visits v
  GROUP BY v.patient_id;
  PERFORM set_config('healthpulse.rebuilding_rollups', 'off', true);

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

-- The existing history.
SELECT rebuild_population_rollups();
