-- Reports, second part (issue 11, DESIGN.md §8): population health, care gaps, and
-- doctors' punctuality.
--
-- Population health counts *distinct patients* (seen in a period, with a condition),
-- and distinct counts of days or months do not add up to the count of a longer
-- period: a patient seen in March and in May is one patient of March-May, not two. So
-- its rollup is per patient rather than per day: one row per patient × clinic holding
-- the local days of their visits as a datemultirange (report_patient_visits), and one
-- row per patient × chronic condition (report_patient_conditions). A report reads
-- ~one row per patient seen (100,000 for the whole network), never the ~5 million
-- appointments or record entries. Diagnoses recorded are additive, so they get the
-- usual day and month rollups (report_diagnosis_daily, report_diagnosis_monthly).
-- All are kept by AFTER triggers in the writing transaction (as_of = the reading
-- transaction's start, as for migration 0008) and recomputed by
-- rebuild_report_rollups() (`healthpulse reports rebuild`), which now covers them too.

-- The chronic conditions the reports count, the one list of them: a diagnosis belongs
-- to a condition when its CIE-10 category (the code's first three characters) lies in
-- first_category..last_category.
CREATE TABLE report_conditions (
  code            text PRIMARY KEY,  -- as shown: "E10-E14"
  name            text NOT NULL,
  first_category  text NOT NULL,
  last_category   text NOT NULL,
  position        smallint NOT NULL UNIQUE
);
INSERT INTO report_conditions VALUES
  ('E10-E14', 'Diabetes mellitus', 'E10', 'E14', 1),
  ('I10-I15', 'Hipertensión arterial', 'I10', 'I15', 2),
  ('J45', 'Asma', 'J45', 'J45', 3),
  ('J44', 'EPOC', 'J44', 'J44', 4),
  ('E66', 'Obesidad', 'E66', 'E66', 5),
  ('N18', 'Enfermedad renal crónica', 'N18', 'N18', 6),
  ('E03', 'Hipotiroidismo', 'E03', 'E03', 7),
  ('I20-I25', 'Cardiopatía isquémica', 'I20', 'I25', 8),
  ('I50', 'Insuficiencia cardíaca', 'I50', 'I50', 9);

-- The condition of a CIE-10 code (stored without the dot), NULL when none.
CREATE FUNCTION report_condition_of(p_code text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT c.code FROM report_conditions c
  WHERE left(p_code, 3) >= c.first_category COLLATE "C" AND left(p_code, 3) <= c.last_category COLLATE "C"
  ORDER BY c.position LIMIT 1
$$;

-- A visit is a turno the patient came to (waiting, in_progress or finished), on the
-- local day of its start at its clinic.
CREATE TABLE report_patient_visits (
  patient_id  bigint NOT NULL,
  clinic_id   bigint NOT NULL,
  visit_days  datemultirange NOT NULL,
  PRIMARY KEY (patient_id, clinic_id)
);
CREATE INDEX report_patient_visits_clinic_idx ON report_patient_visits (clinic_id);

-- The patient's chronic conditions: the current version of a diagnosis (not amended),
-- active, whose code lies in the condition; first_on is the local day the earliest such
-- diagnosis was first recorded (its original version), first_clinic_id where.
CREATE TABLE report_patient_conditions (
  patient_id       bigint NOT NULL,
  condition_code   text NOT NULL REFERENCES report_conditions (code),
  first_on         date NOT NULL,
  first_clinic_id  bigint NOT NULL,
  PRIMARY KEY (patient_id, condition_code)
);
CREATE INDEX report_patient_conditions_code_idx ON report_patient_conditions (condition_code, first_on);

-- Diagnoses recorded (current versions, counted on the local day and at the clinic of
-- their original version), by CIE-10 code: per day for the edges of a period, per
-- month for its whole months.
CREATE TABLE report_diagnosis_daily (
  clinic_id  bigint NOT NULL,
  day        date NOT NULL,
  code       text NOT NULL,
  diagnoses  integer NOT NULL,
  PRIMARY KEY (clinic_id, day, code)
);
CREATE TABLE report_diagnosis_monthly (
  clinic_id  bigint NOT NULL,
  month      date NOT NULL,  -- the month's first day
  code       text NOT NULL,
  diagnoses  integer NOT NULL,
  PRIMARY KEY (clinic_id, month, code)
);

-- The visit days of one patient at one clinic, from the base tables.
CREATE FUNCTION report_visit_days(p_patient_id bigint, p_clinic_id bigint) RETURNS datemultirange
LANGUAGE sql STABLE AS $$
  SELECT range_agg(daterange(d, d, '[]'))
  FROM (SELECT DISTINCT (a.starts_at AT TIME ZONE c.timezone)::date AS d
        FROM appointments a JOIN clinics c ON c.id = a.clinic_id
        WHERE a.patient_id = p_patient_id AND a.clinic_id = p_clinic_id
          AND a.status IN ('waiting', 'in_progress', 'finished')) v
$$;

-- Recomputes one patient × clinic row (deleted when no visit is left).
CREATE FUNCTION report_refresh_patient_visits(p_patient_id bigint, p_clinic_id bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  days datemultirange := report_visit_days(p_patient_id, p_clinic_id);
BEGIN
  IF days IS NULL THEN
    DELETE FROM report_patient_visits WHERE patient_id = p_patient_id AND clinic_id = p_clinic_id;
  ELSE
    INSERT INTO report_patient_visits VALUES (p_patient_id, p_clinic_id, days)
    ON CONFLICT (patient_id, clinic_id) DO UPDATE SET visit_days = EXCLUDED.visit_days;
  END IF;
END
$$;

-- A turno becoming a visit adds its day (a union under the row lock: concurrent check-ins
-- of one patient both count); one that stops being one, or moves, recomputes its rows.
-- A booking (a new registered turno) is no visit and costs nothing here.
CREATE FUNCTION report_visits_on_appointment() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  was boolean := TG_OP = 'UPDATE' AND OLD.status IN ('waiting', 'in_progress', 'finished');
  is_now boolean := NEW.status IN ('waiting', 'in_progress', 'finished');
  day date;
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
    INSERT INTO report_patient_visits AS v VALUES (NEW.patient_id, NEW.clinic_id, datemultirange(daterange(day, day, '[]')))
    ON CONFLICT (patient_id, clinic_id) DO UPDATE SET visit_days = v.visit_days + EXCLUDED.visit_days;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER appointments_report_visits AFTER INSERT OR UPDATE ON appointments
  FOR EACH ROW EXECUTE FUNCTION report_visits_on_appointment();

-- One patient's chronic conditions, from the base tables.
CREATE FUNCTION report_condition_facts(p_patient_id bigint)
RETURNS TABLE (patient_id bigint, condition_code text, first_on date, first_clinic_id bigint)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT ON (f.condition_code) p_patient_id, f.condition_code, f.first_on, f.clinic_id
  FROM (SELECT report_condition_of(cur.code) AS condition_code,
               (o.created_at AT TIME ZONE c.timezone)::date AS first_on, o.clinic_id, o.id
        FROM record_entries cur
        JOIN record_entries o ON o.id = cur.original_id
        JOIN clinics c ON c.id = o.clinic_id
        WHERE cur.patient_id = p_patient_id AND cur.kind = 'diagnosis' AND cur.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM record_entries n WHERE n.amends_id = cur.id)) f
  WHERE f.condition_code IS NOT NULL
  ORDER BY f.condition_code, f.first_on, f.id
$$;

-- A new diagnosis version (original or amendment): the patient's conditions are
-- recomputed (under a per-patient lock, so two doctors writing at once both count), and
-- the diagnosis counts move from the amended version's code to the new one's.
CREATE FUNCTION report_diagnoses_on_entry() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  o record;
  old_code text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('report_patient_conditions', NEW.patient_id));
  DELETE FROM report_patient_conditions WHERE patient_id = NEW.patient_id;
  INSERT INTO report_patient_conditions SELECT * FROM report_condition_facts(NEW.patient_id);

  SELECT e.clinic_id, (e.created_at AT TIME ZONE c.timezone)::date AS day INTO o
  FROM record_entries e JOIN clinics c ON c.id = e.clinic_id WHERE e.id = NEW.original_id;
  IF NEW.amends_id IS NOT NULL THEN
    SELECT code INTO old_code FROM record_entries WHERE id = NEW.amends_id;
  END IF;
  IF old_code IS DISTINCT FROM NEW.code THEN
    INSERT INTO report_diagnosis_daily AS r
    SELECT o.clinic_id, o.day, x.code, sum(x.n)::integer
    FROM (VALUES (old_code, -1), (NEW.code, 1)) x (code, n) WHERE x.code IS NOT NULL
    GROUP BY x.code ORDER BY x.code
    ON CONFLICT (clinic_id, day, code) DO UPDATE SET diagnoses = r.diagnoses + EXCLUDED.diagnoses;
    INSERT INTO report_diagnosis_monthly AS r
    SELECT o.clinic_id, date_trunc('month', o.day)::date, x.code, sum(x.n)::integer
    FROM (VALUES (old_code, -1), (NEW.code, 1)) x (code, n) WHERE x.code IS NOT NULL
    GROUP BY x.code ORDER BY x.code
    ON CONFLICT (clinic_id, month, code) DO UPDATE SET diagnoses = r.diagnoses + EXCLUDED.diagnoses;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER record_entries_report_diagnoses AFTER INSERT ON record_entries
  FOR EACH ROW WHEN (NEW.kind = 'diagnosis') EXECUTE FUNCTION report_diagnoses_on_entry();

-- Punctuality: a turno's call-in (its first in_progress event) against its booked start.
ALTER TABLE report_daily_rollups
  ADD COLUMN call_count          integer NOT NULL DEFAULT 0,  -- turnos called in
  ADD COLUMN call_delay_seconds  bigint NOT NULL DEFAULT 0,   -- sum of call-in - booked start (early < 0)
  ADD COLUMN call_on_time        integer NOT NULL DEFAULT 0;  -- called in at most 10 minutes late

DROP FUNCTION report_daily_facts(appointments, integer, bigint);
DROP FUNCTION report_event_times(bigint, bigint);

-- As in migration 0008, plus the first in_progress event's moment.
CREATE FUNCTION report_event_times(p_appointment_id bigint, p_without_event bigint,
                                   OUT wait_seconds bigint, OUT consultation_seconds bigint,
                                   OUT in_progress_at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN t.in_progress_at >= t.waiting_at
              THEN round(extract(epoch FROM t.in_progress_at - t.waiting_at))::bigint END,
         CASE WHEN t.finished_at >= t.in_progress_at
              THEN round(extract(epoch FROM t.finished_at - t.in_progress_at))::bigint END,
         t.in_progress_at
  FROM (SELECT max(e.occurred_at) FILTER (WHERE e.to_status = 'waiting') AS waiting_at,
               min(e.occurred_at) FILTER (WHERE e.to_status = 'in_progress') AS in_progress_at,
               max(e.occurred_at) FILTER (WHERE e.to_status = 'finished') AS finished_at
        FROM appointment_events e
        WHERE e.appointment_id = p_appointment_id AND e.kind = 'status'
          AND e.id IS DISTINCT FROM p_without_event) t
$$;

CREATE FUNCTION report_daily_facts(a appointments, p_sign integer, p_without_event bigint)
RETURNS TABLE (clinic_id bigint, day date, doctor_id bigint, room_id bigint, appointments integer,
               registered integer, confirmed integer, waiting integer, in_progress integer, finished integer,
               cancelled integer, no_show integer, booked_seconds bigint, wait_count integer, wait_seconds bigint,
               consultation_count integer, consultation_seconds bigint, call_count integer,
               call_delay_seconds bigint, call_on_time integer)
LANGUAGE sql STABLE AS $$
  SELECT a.clinic_id, (a.starts_at AT TIME ZONE c.timezone)::date, a.doctor_id, a.room_id, p_sign,
         p_sign * (a.status = 'registered')::integer, p_sign * (a.status = 'confirmed')::integer,
         p_sign * (a.status = 'waiting')::integer, p_sign * (a.status = 'in_progress')::integer,
         p_sign * (a.status = 'finished')::integer, p_sign * (a.status = 'cancelled')::integer,
         p_sign * (a.status = 'no_show')::integer,
         p_sign * CASE WHEN a.status <> 'cancelled'
                       THEN round(extract(epoch FROM a.ends_at - a.starts_at))::bigint ELSE 0 END,
         p_sign * (t.wait_seconds IS NOT NULL)::integer, p_sign * coalesce(t.wait_seconds, 0),
         p_sign * (t.consultation_seconds IS NOT NULL)::integer, p_sign * coalesce(t.consultation_seconds, 0),
         p_sign * (t.in_progress_at IS NOT NULL)::integer,
         p_sign * coalesce(round(extract(epoch FROM t.in_progress_at - a.starts_at))::bigint, 0),
         p_sign * coalesce((t.in_progress_at <= a.starts_at + interval '10 minutes')::integer, 0)
  FROM clinics c, report_event_times(a.id, p_without_event) t
  WHERE c.id = a.clinic_id AND a.id IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION report_rollups_apply(p_old appointments, p_new appointments, p_old_without_event bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_daily_rollups AS r
  SELECT f.clinic_id, f.day, f.doctor_id, f.room_id, sum(f.appointments), sum(f.registered), sum(f.confirmed),
         sum(f.waiting), sum(f.in_progress), sum(f.finished), sum(f.cancelled), sum(f.no_show),
         sum(f.booked_seconds), sum(f.wait_count), sum(f.wait_seconds), sum(f.consultation_count),
         sum(f.consultation_seconds), sum(f.call_count), sum(f.call_delay_seconds), sum(f.call_on_time)
  FROM (SELECT * FROM report_daily_facts(p_old, -1, p_old_without_event)
        UNION ALL SELECT * FROM report_daily_facts(p_new, 1, NULL)) f
  GROUP BY f.clinic_id, f.day, f.doctor_id, f.room_id
  ORDER BY f.clinic_id, f.day, f.doctor_id, f.room_id
  ON CONFLICT (clinic_id, day, doctor_id, room_id) DO UPDATE SET
    appointments = r.appointments + EXCLUDED.appointments, registered = r.registered + EXCLUDED.registered,
    confirmed = r.confirmed + EXCLUDED.confirmed, waiting = r.waiting + EXCLUDED.waiting,
    in_progress = r.in_progress + EXCLUDED.in_progress, finished = r.finished + EXCLUDED.finished,
    cancelled = r.cancelled + EXCLUDED.cancelled, no_show = r.no_show + EXCLUDED.no_show,
    booked_seconds = r.booked_seconds + EXCLUDED.booked_seconds, wait_count = r.wait_count + EXCLUDED.wait_count,
    wait_seconds = r.wait_seconds + EXCLUDED.wait_seconds,
    consultation_count = r.consultation_count + EXCLUDED.consultation_count,
    consultation_seconds = r.consultation_seconds + EXCLUDED.consultation_seconds,
    call_count = r.call_count + EXCLUDED.call_count,
    call_delay_seconds = r.call_delay_seconds + EXCLUDED.call_delay_seconds,
    call_on_time = r.call_on_time + EXCLUDED.call_on_time;

  INSERT INTO report_hourly_pending
  SELECT f.clinic_id, f.day, f.hour, sum(f.booked_seconds)
  FROM (SELECT * FROM report_hourly_facts(p_old, -1) UNION ALL SELECT * FROM report_hourly_facts(p_new, 1)) f
  GROUP BY f.clinic_id, f.day, f.hour
  HAVING sum(f.booked_seconds) <> 0;
END
$$;

-- The population-health rollups from scratch (all clinics, or one clinic's visits and
-- diagnosis counts; conditions are per patient, so always all).
CREATE FUNCTION rebuild_population_rollups(p_clinic_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE appointments, record_entries IN SHARE MODE;
  DELETE FROM report_patient_visits WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  INSERT INTO report_patient_visits
  SELECT v.patient_id, v.clinic_id, range_agg(daterange(v.d, v.d, '[]'))
  FROM (SELECT DISTINCT a.patient_id, a.clinic_id, (a.starts_at AT TIME ZONE c.timezone)::date AS d
        FROM appointments a JOIN clinics c ON c.id = a.clinic_id
        WHERE a.status IN ('waiting', 'in_progress', 'finished')
          AND (p_clinic_id IS NULL OR a.clinic_id = p_clinic_id)) v
  GROUP BY v.patient_id, v.clinic_id;

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

CREATE OR REPLACE FUNCTION rebuild_report_rollups(p_clinic_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE appointments, appointment_events IN SHARE MODE;
  -- No fold in between; the same order as the writers' and the folds' locks.
  LOCK TABLE report_hourly_pending, report_hourly_rollups IN EXCLUSIVE MODE;
  DELETE FROM report_daily_rollups WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  DELETE FROM report_hourly_rollups WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  DELETE FROM report_hourly_pending WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  INSERT INTO report_daily_rollups
  SELECT f.clinic_id, f.day, f.doctor_id, f.room_id, sum(f.appointments), sum(f.registered), sum(f.confirmed),
         sum(f.waiting), sum(f.in_progress), sum(f.finished), sum(f.cancelled), sum(f.no_show),
         sum(f.booked_seconds), sum(f.wait_count), sum(f.wait_seconds), sum(f.consultation_count),
         sum(f.consultation_seconds), sum(f.call_count), sum(f.call_delay_seconds), sum(f.call_on_time)
  FROM appointments a CROSS JOIN LATERAL report_daily_facts(a, 1, NULL) f
  WHERE p_clinic_id IS NULL OR a.clinic_id = p_clinic_id
  GROUP BY f.clinic_id, f.day, f.doctor_id, f.room_id;
  INSERT INTO report_hourly_rollups
  SELECT f.clinic_id, f.day, f.hour, sum(f.booked_seconds)
  FROM appointments a CROSS JOIN LATERAL report_hourly_facts(a, 1) f
  WHERE (p_clinic_id IS NULL OR a.clinic_id = p_clinic_id) AND a.status <> 'cancelled'
  GROUP BY f.clinic_id, f.day, f.hour;
  PERFORM rebuild_population_rollups(p_clinic_id);
END
$$;

-- The existing history.
SELECT rebuild_report_rollups();
