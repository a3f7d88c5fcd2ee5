-- Month-grain report rollups (issue 11, DESIGN.md §8): over five years a report summed
-- ~500,000 day × clinic × doctor × room rows (report_daily_rollups) and ~450,000 day ×
-- clinic × hour rows (report_hourly_rollups) per request. A period's whole months now
-- come from these month rows (~60 per key instead of ~1,800), its edges (the days of
-- the partial months at either end) from the daily ones, as report_diagnosis_monthly
-- already does for the diagnoses.
--
-- How they stay current without a new hot row on the booking path: a change of a daily
-- rollup row appends its delta to report_monthly_pending (an AFTER trigger on
-- report_daily_rollups, so every writer of the daily rows is covered: the booking short
-- cut, report_rollups_apply, a clinic's time-zone rebuild); the hourly deltas already
-- wait in report_hourly_pending. fold_report_pending() moves both into the month rows
-- (and the hourly ones into report_hourly_rollups) in one statement each (it replaces
-- fold_report_hourly_pending()); each doctor
-- performance and room occupancy report runs it first, and the server's background loop
-- every 30 seconds. Reports add the rows still pending, so a fold is upkeep: a report is
-- never behind the committed writes.

-- One row per local month (its first day) × clinic × doctor × room; the columns of
-- report_daily_rollups, in its order.
CREATE TABLE report_monthly_rollups (LIKE report_daily_rollups INCLUDING DEFAULTS);
ALTER TABLE report_monthly_rollups RENAME COLUMN day TO month;
ALTER TABLE report_monthly_rollups ADD PRIMARY KEY (clinic_id, month, doctor_id, room_id);

-- The deltas of the daily rows not yet folded into report_monthly_rollups (no key: an
-- append takes no lock another booking waits for).
CREATE TABLE report_monthly_pending (LIKE report_monthly_rollups INCLUDING DEFAULTS);

-- The edges of a network-wide period: a few days out of five years.
CREATE INDEX report_daily_rollups_day_idx ON report_daily_rollups (day);
CREATE INDEX report_hourly_rollups_day_idx ON report_hourly_rollups (day);

-- Booked seconds per local month × clinic × ISO weekday × local hour, for the heatmap.
CREATE TABLE report_hourly_monthly (
  clinic_id       bigint NOT NULL,
  month           date NOT NULL,
  weekday         smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  hour            smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
  booked_seconds  bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (clinic_id, month, weekday, hour)
);

-- A daily row's change, appended as a month delta. A rebuild sets
-- healthpulse.rebuilding_rollups and recomputes the month rows itself.
CREATE FUNCTION report_monthly_on_daily() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('healthpulse.rebuilding_rollups', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO report_monthly_pending
    VALUES (NEW.clinic_id, date_trunc('month', NEW.day)::date, NEW.doctor_id, NEW.room_id, NEW.appointments,
            NEW.registered, NEW.confirmed, NEW.waiting, NEW.in_progress, NEW.finished, NEW.cancelled, NEW.no_show,
            NEW.booked_seconds, NEW.wait_count, NEW.wait_seconds, NEW.consultation_count, NEW.consultation_seconds,
            NEW.call_count, NEW.call_delay_seconds, NEW.call_on_time);
  ELSIF TG_OP = 'UPDATE' THEN
    -- The key of a daily row never changes (the writers upsert deltas into it).
    INSERT INTO report_monthly_pending
    VALUES (NEW.clinic_id, date_trunc('month', NEW.day)::date, NEW.doctor_id, NEW.room_id,
            NEW.appointments - OLD.appointments, NEW.registered - OLD.registered, NEW.confirmed - OLD.confirmed,
            NEW.waiting - OLD.waiting, NEW.in_progress - OLD.in_progress, NEW.finished - OLD.finished,
            NEW.cancelled - OLD.cancelled, NEW.no_show - OLD.no_show, NEW.booked_seconds - OLD.booked_seconds,
            NEW.wait_count - OLD.wait_count, NEW.wait_seconds - OLD.wait_seconds,
            NEW.consultation_count - OLD.consultation_count, NEW.consultation_seconds - OLD.consultation_seconds,
            NEW.call_count - OLD.call_count, NEW.call_delay_seconds - OLD.call_delay_seconds,
            NEW.call_on_time - OLD.call_on_time);
  ELSE
    INSERT INTO report_monthly_pending
    VALUES (OLD.clinic_id, date_trunc('month', OLD.day)::date, OLD.doctor_id, OLD.room_id, -OLD.appointments,
            -OLD.registered, -OLD.confirmed, -OLD.waiting, -OLD.in_progress, -OLD.finished, -OLD.cancelled,
            -OLD.no_show, -OLD.booked_seconds, -OLD.wait_count, -OLD.wait_seconds, -OLD.consultation_count,
            -OLD.consultation_seconds, -OLD.call_count, -OLD.call_delay_seconds, -OLD.call_on_time);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_daily_rollups_monthly AFTER INSERT OR UPDATE OR DELETE ON report_daily_rollups
  FOR EACH ROW EXECUTE FUNCTION report_monthly_on_daily();

-- Moves the pending deltas into the rollups: the hourly ones into report_hourly_rollups
-- and report_hourly_monthly, the daily rows' into report_monthly_rollups. Each table's
-- move is one statement, so a reader sees a delta either pending or folded, never both
-- nor neither; two folds at once never move a row twice (the second skips the rows the
-- first deleted). Locks in the order of rebuild_report_rollups().
DROP FUNCTION fold_report_hourly_pending();
CREATE FUNCTION fold_report_pending() RETURNS void
LANGUAGE sql AS $$
  WITH moved AS (DELETE FROM report_hourly_pending RETURNING *),
  daily AS (
    INSERT INTO report_hourly_rollups AS h
    SELECT m.clinic_id, m.day, m.hour, sum(m.booked_seconds) FROM moved m
    GROUP BY m.clinic_id, m.day, m.hour
    ORDER BY m.clinic_id, m.day, m.hour
    ON CONFLICT (clinic_id, day, hour) DO UPDATE SET booked_seconds = h.booked_seconds + EXCLUDED.booked_seconds
  )
  INSERT INTO report_hourly_monthly AS h
  SELECT m.clinic_id, date_trunc('month', m.day)::date, extract(isodow FROM m.day)::smallint, m.hour,
         sum(m.booked_seconds)
  FROM moved m
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (clinic_id, month, weekday, hour) DO UPDATE SET booked_seconds = h.booked_seconds + EXCLUDED.booked_seconds;

  WITH moved AS (DELETE FROM report_monthly_pending RETURNING *)
  INSERT INTO report_monthly_rollups AS r
  SELECT m.clinic_id, m.month, m.doctor_id, m.room_id, sum(m.appointments), sum(m.registered), sum(m.confirmed),
         sum(m.waiting), sum(m.in_progress), sum(m.finished), sum(m.cancelled), sum(m.no_show),
         sum(m.booked_seconds), sum(m.wait_count), sum(m.wait_seconds), sum(m.consultation_count),
         sum(m.consultation_seconds), sum(m.call_count), sum(m.call_delay_seconds), sum(m.call_on_time)
  FROM moved m
  GROUP BY m.clinic_id, m.month, m.doctor_id, m.room_id
  ORDER BY m.clinic_id, m.month, m.doctor_id, m.room_id
  ON CONFLICT (clinic_id, month, doctor_id, room_id) DO UPDATE SET
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
$$;

-- The rollup rows of local days p_from..p_to (inclusive) whose sums are the period's: its
-- whole months (from the first month start on or after p_from to the month start after
-- p_to, exclusive) from report_monthly_rollups and the deltas still pending for them
-- (`day` = the month's first day), its other days from report_daily_rollups. An SQL
-- function the planner inlines, so a caller's conditions on clinic or doctor reach the
-- scans. Not for day or week buckets (a month row is dated its first day).
CREATE FUNCTION report_period_rollups(p_from date, p_to date) RETURNS SETOF report_daily_rollups
LANGUAGE sql STABLE AS $$
  SELECT * FROM report_monthly_rollups m
  WHERE m.month >= (date_trunc('month', (p_from - 1)::timestamp) + interval '1 month')::date
    AND m.month < date_trunc('month', (p_to + 1)::timestamp)::date
  UNION ALL
  SELECT * FROM report_monthly_pending m
  WHERE m.month >= (date_trunc('month', (p_from - 1)::timestamp) + interval '1 month')::date
    AND m.month < date_trunc('month', (p_to + 1)::timestamp)::date
  UNION ALL
  SELECT * FROM report_daily_rollups d  -- the days before the first whole month
  WHERE d.day >= p_from
    AND d.day < least((date_trunc('month', (p_from - 1)::timestamp) + interval '1 month')::date, p_to + 1)
  UNION ALL
  SELECT * FROM report_daily_rollups d  -- the days after the last whole month
  WHERE d.day <= p_to
    AND d.day >= greatest(date_trunc('month', (p_to + 1)::timestamp)::date,
                          (date_trunc('month', (p_from - 1)::timestamp) + interval '1 month')::date)
$$;

-- The same for the heatmap: booked seconds of local days p_from..p_to per clinic, ISO
-- weekday and local hour, from report_hourly_monthly for the whole months,
-- report_hourly_rollups for the other days, and every delta still pending.
CREATE FUNCTION report_period_hourly(p_from date, p_to date)
RETURNS TABLE (clinic_id bigint, weekday smallint, hour smallint, booked_seconds bigint)
LANGUAGE sql STABLE AS $$
  SELECT m.clinic_id, m.weekday, m.hour, m.booked_seconds FROM report_hourly_monthly m
  WHERE m.month >= (date_trunc('month', (p_from - 1)::timestamp) + interval '1 month')::date
    AND m.month < date_trunc('month', (p_to + 1)::timestamp)::date
  UNION ALL
  SELECT h.clinic_id, extract(isodow FROM h.day)::smallint, h.hour, h.booked_seconds FROM report_hourly_rollups h
  WHERE h.day >= p_from
    AND h.day < least((date_trunc('month', (p_from - 1)::timestamp) + interval '1 month')::date, p_to + 1)
  UNION ALL
  SELECT h.clinic_id, extract(isodow FROM h.day)::smallint, h.hour, h.booked_seconds FROM report_hourly_rollups h
  WHERE h.day <= p_to
    AND h.day >= greatest(date_trunc('month', (p_to + 1)::timestamp)::date,
                          (date_trunc('month', (p_from - 1)::timestamp) + interval '1 month')::date)
  UNION ALL
  SELECT p.clinic_id, extract(isodow FROM p.day)::smallint, p.hour, p.booked_seconds FROM report_hourly_pending p
  WHERE p.day BETWEEN p_from AND p_to
$$;

-- As in migration 0011, plus the month rows (from the daily ones just rebuilt).
CREATE OR REPLACE FUNCTION rebuild_report_rollups(p_clinic_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE appointments, appointment_events IN SHARE MODE;
  -- No fold in between; the same order as the writers' and the folds' locks.
  LOCK TABLE report_hourly_pending, report_hourly_rollups, report_hourly_monthly, report_monthly_pending,
             report_monthly_rollups IN EXCLUSIVE MODE;
  PERFORM set_config('healthpulse.rebuilding_rollups', 'on', true);
  DELETE FROM report_daily_rollups WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  DELETE FROM report_hourly_rollups WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  DELETE FROM report_hourly_pending WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  DELETE FROM report_hourly_monthly WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  DELETE FROM report_monthly_pending WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
  DELETE FROM report_monthly_rollups WHERE p_clinic_id IS NULL OR clinic_id = p_clinic_id;
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
  INSERT INTO report_monthly_rollups
  SELECT d.clinic_id, date_trunc('month', d.day)::date, d.doctor_id, d.room_id, sum(d.appointments),
         sum(d.registered), sum(d.confirmed), sum(d.waiting), sum(d.in_progress), sum(d.finished), sum(d.cancelled),
         sum(d.no_show), sum(d.booked_seconds), sum(d.wait_count), sum(d.wait_seconds), sum(d.consultation_count),
         sum(d.consultation_seconds), sum(d.call_count), sum(d.call_delay_seconds), sum(d.call_on_time)
  FROM report_daily_rollups d
  WHERE p_clinic_id IS NULL OR d.clinic_id = p_clinic_id
  GROUP BY 1, 2, 3, 4;
  INSERT INTO report_hourly_monthly
  SELECT h.clinic_id, date_trunc('month', h.day)::date, extract(isodow FROM h.day)::smallint, h.hour,
         sum(h.booked_seconds)
  FROM report_hourly_rollups h
  WHERE p_clinic_id IS NULL OR h.clinic_id = p_clinic_id
  GROUP BY 1, 2, 3, 4;
  PERFORM set_config('healthpulse.rebuilding_rollups', 'off', true);
  PERFORM rebuild_population_rollups(p_clinic_id);
END
$$;

-- The existing history.
SELECT rebuild_report_rollups();
