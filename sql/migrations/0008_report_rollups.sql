-- Report rollups (issue 11, DESIGN.md §8): doctor performance and room occupancy are
-- read from these tables, never from a GROUP BY over the base tables per request.
--
-- How they stay current: AFTER triggers on appointments and on the status events that
-- carry times apply the *change* of one appointment's contribution (minus its old
-- contribution, plus its new one) in the writing transaction itself, so a report sees
-- exactly what is committed (as_of = the reading transaction's start) and nothing runs
-- in the background. Deltas, not a recompute of the row: `x = x + EXCLUDED.x` under the
-- row lock of ON CONFLICT stays right when two transactions book the same doctor, room
-- and day concurrently, where a recompute from each transaction's snapshot would lose
-- one of them. Each trigger upserts its rows in key order, so two writers never lock
-- them in opposite orders.
--
-- The contribution of one appointment is defined once (report_daily_facts,
-- report_hourly_facts); the triggers and rebuild_report_rollups() (`healthpulse reports
-- rebuild`) both use it, so an incremental rollup and a rebuilt one agree exactly.
-- Appointments and their events are never deleted; whoever deletes rows by hand (or
-- bulk-loads with the triggers disabled, as the seed does) runs the rebuild after.

-- One row per local day (the clinic's time zone) × clinic × doctor × room.
CREATE TABLE report_daily_rollups (
  clinic_id             bigint NOT NULL,
  day                   date NOT NULL,
  doctor_id             bigint NOT NULL,
  room_id               bigint NOT NULL,
  appointments          integer NOT NULL DEFAULT 0,  -- every status, cancelled included
  registered            integer NOT NULL DEFAULT 0,  -- by current status
  confirmed             integer NOT NULL DEFAULT 0,
  waiting               integer NOT NULL DEFAULT 0,
  in_progress           integer NOT NULL DEFAULT 0,
  finished              integer NOT NULL DEFAULT 0,
  cancelled             integer NOT NULL DEFAULT 0,
  no_show               integer NOT NULL DEFAULT 0,
  booked_seconds        bigint NOT NULL DEFAULT 0,   -- end - start of the not cancelled
  wait_count            integer NOT NULL DEFAULT 0,  -- appointments with waiting → in_progress
  wait_seconds          bigint NOT NULL DEFAULT 0,
  consultation_count    integer NOT NULL DEFAULT 0,  -- with in_progress → finished
  consultation_seconds  bigint NOT NULL DEFAULT 0,   -- also the room's used time
  PRIMARY KEY (clinic_id, day, doctor_id, room_id)
);
CREATE INDEX report_daily_rollups_doctor_idx ON report_daily_rollups (doctor_id, day);

-- Booked time per local day × clinic × local hour (0-23), for the weekday × hour heatmap;
-- an appointment is split at the hour boundaries it crosses.
CREATE TABLE report_hourly_rollups (
  clinic_id       bigint NOT NULL,
  day             date NOT NULL,
  hour            smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
  booked_seconds  bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (clinic_id, day, hour)
);

-- The hourly deltas of the writes not yet folded into report_hourly_rollups. A clinic's
-- hour is one row that every booking of that clinic and hour would update, holding its
-- lock until commit, so concurrent bookings would queue on it (bench/booking.sh lost two
-- thirds of its throughput so); appending here takes no shared lock. Reports read the
-- rollup plus these rows, so nothing is ever missing; fold_report_hourly_pending() moves
-- them into the rollup (each room occupancy report runs it first), keeping this table small.
CREATE TABLE report_hourly_pending (
  clinic_id       bigint NOT NULL,
  day             date NOT NULL,
  hour            smallint NOT NULL,
  booked_seconds  bigint NOT NULL
);

-- Wait (last waiting → first in_progress) and consultation (first in_progress → last
-- finished) of one appointment, in whole seconds, NULL when the events are missing;
-- `p_without_event` leaves one event out (the one just inserted: the contribution before it).
CREATE FUNCTION report_event_times(p_appointment_id bigint, p_without_event bigint,
                                   OUT wait_seconds bigint, OUT consultation_seconds bigint)
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN t.in_progress_at >= t.waiting_at
              THEN round(extract(epoch FROM t.in_progress_at - t.waiting_at))::bigint END,
         CASE WHEN t.finished_at >= t.in_progress_at
              THEN round(extract(epoch FROM t.finished_at - t.in_progress_at))::bigint END
  FROM (SELECT max(e.occurred_at) FILTER (WHERE e.to_status = 'waiting') AS waiting_at,
               min(e.occurred_at) FILTER (WHERE e.to_status = 'in_progress') AS in_progress_at,
               max(e.occurred_at) FILTER (WHERE e.to_status = 'finished') AS finished_at
        FROM appointment_events e
        WHERE e.appointment_id = p_appointment_id AND e.kind = 'status'
          AND e.id IS DISTINCT FROM p_without_event) t
$$;

-- One appointment's contribution to report_daily_rollups, times p_sign (1 or -1); no
-- row for a NULL appointment.
CREATE FUNCTION report_daily_facts(a appointments, p_sign integer, p_without_event bigint)
RETURNS TABLE (clinic_id bigint, day date, doctor_id bigint, room_id bigint, appointments integer,
               registered integer, confirmed integer, waiting integer, in_progress integer, finished integer,
               cancelled integer, no_show integer, booked_seconds bigint, wait_count integer, wait_seconds bigint,
               consultation_count integer, consultation_seconds bigint)
LANGUAGE sql STABLE AS $$
  SELECT a.clinic_id, (a.starts_at AT TIME ZONE c.timezone)::date, a.doctor_id, a.room_id, p_sign,
         p_sign * (a.status = 'registered')::integer, p_sign * (a.status = 'confirmed')::integer,
         p_sign * (a.status = 'waiting')::integer, p_sign * (a.status = 'in_progress')::integer,
         p_sign * (a.status = 'finished')::integer, p_sign * (a.status = 'cancelled')::integer,
         p_sign * (a.status = 'no_show')::integer,
         p_sign * CASE WHEN a.status <> 'cancelled'
                       THEN round(extract(epoch FROM a.ends_at - a.starts_at))::bigint ELSE 0 END,
         p_sign * (t.wait_seconds IS NOT NULL)::integer, p_sign * coalesce(t.wait_seconds, 0),
         p_sign * (t.consultation_seconds IS NOT NULL)::integer, p_sign * coalesce(t.consultation_seconds, 0)
  FROM clinics c, report_event_times(a.id, p_without_event) t
  WHERE c.id = a.clinic_id AND a.id IS NOT NULL
$$;

-- One appointment's booked seconds per local hour, times p_sign; none when cancelled.
CREATE FUNCTION report_hourly_facts(a appointments, p_sign integer)
RETURNS TABLE (clinic_id bigint, day date, hour smallint, booked_seconds bigint)
LANGUAGE sql STABLE AS $$
  SELECT a.clinic_id, h::date, extract(hour FROM h)::smallint,
         p_sign * round(extract(epoch FROM least(h + interval '1 hour', l.local_end) - greatest(h, l.local_start)))::bigint
  FROM clinics c
  CROSS JOIN LATERAL (SELECT a.starts_at AT TIME ZONE c.timezone AS local_start,
                             a.ends_at AT TIME ZONE c.timezone AS local_end) l
  CROSS JOIN LATERAL generate_series(date_trunc('hour', l.local_start), l.local_end - interval '1 microsecond',
                                     interval '1 hour') h
  WHERE c.id = a.clinic_id AND a.id IS NOT NULL AND a.status <> 'cancelled'
$$;

-- Replaces p_old's contribution by p_new's (either may be NULL), in key order.
-- PL/pgSQL, not SQL: it keeps its statements' plans for the session, where an SQL
-- function called from a trigger would parse and plan them on every booking.
CREATE FUNCTION report_rollups_apply(p_old appointments, p_new appointments, p_old_without_event bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_daily_rollups AS r
  SELECT f.clinic_id, f.day, f.doctor_id, f.room_id, sum(f.appointments), sum(f.registered), sum(f.confirmed),
         sum(f.waiting), sum(f.in_progress), sum(f.finished), sum(f.cancelled), sum(f.no_show),
         sum(f.booked_seconds), sum(f.wait_count), sum(f.wait_seconds), sum(f.consultation_count),
         sum(f.consultation_seconds)
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
    consultation_seconds = r.consultation_seconds + EXCLUDED.consultation_seconds;

  INSERT INTO report_hourly_pending
  SELECT f.clinic_id, f.day, f.hour, sum(f.booked_seconds)
  FROM (SELECT * FROM report_hourly_facts(p_old, -1) UNION ALL SELECT * FROM report_hourly_facts(p_new, 1)) f
  GROUP BY f.clinic_id, f.day, f.hour
  HAVING sum(f.booked_seconds) <> 0;
END
$$;

-- Moves the pending hourly deltas into report_hourly_rollups, in one statement: a
-- reader sees them either all pending or all folded. Rows committed meanwhile wait for
-- the next fold; two folds at once never move a row twice (the second skips the rows
-- the first deleted).
CREATE FUNCTION fold_report_hourly_pending() RETURNS void
LANGUAGE sql AS $$
  WITH moved AS (DELETE FROM report_hourly_pending RETURNING *)
  INSERT INTO report_hourly_rollups AS h
  SELECT m.clinic_id, m.day, m.hour, sum(m.booked_seconds) FROM moved m
  GROUP BY m.clinic_id, m.day, m.hour
  ORDER BY m.clinic_id, m.day, m.hour
  ON CONFLICT (clinic_id, day, hour) DO UPDATE SET booked_seconds = h.booked_seconds + EXCLUDED.booked_seconds;
$$;

-- A booking is the hot path, so an insert takes a short cut: a new turno has no status
-- events yet, so its contribution is its count and its booked time, computed here as
-- report_daily_facts and report_hourly_facts do (the integration test compares the
-- result with a rebuild, which uses those).
CREATE FUNCTION report_rollups_on_appointment() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tz text;
  local_start timestamp;
  local_end timestamp;
  booked bigint;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM report_rollups_apply(OLD, NEW, NULL);
    RETURN NULL;
  END IF;
  SELECT c.timezone INTO tz FROM clinics c WHERE c.id = NEW.clinic_id;
  local_start := NEW.starts_at AT TIME ZONE tz;
  local_end := NEW.ends_at AT TIME ZONE tz;
  booked := CASE WHEN NEW.status <> 'cancelled'
                 THEN round(extract(epoch FROM NEW.ends_at - NEW.starts_at))::bigint ELSE 0 END;
  INSERT INTO report_daily_rollups AS r (clinic_id, day, doctor_id, room_id, appointments, registered, confirmed,
                                         waiting, in_progress, finished, cancelled, no_show, booked_seconds)
  VALUES (NEW.clinic_id, local_start::date, NEW.doctor_id, NEW.room_id, 1, (NEW.status = 'registered')::integer,
          (NEW.status = 'confirmed')::integer, (NEW.status = 'waiting')::integer,
          (NEW.status = 'in_progress')::integer, (NEW.status = 'finished')::integer,
          (NEW.status = 'cancelled')::integer, (NEW.status = 'no_show')::integer, booked)
  ON CONFLICT (clinic_id, day, doctor_id, room_id) DO UPDATE SET
    appointments = r.appointments + 1, registered = r.registered + EXCLUDED.registered,
    confirmed = r.confirmed + EXCLUDED.confirmed, waiting = r.waiting + EXCLUDED.waiting,
    in_progress = r.in_progress + EXCLUDED.in_progress, finished = r.finished + EXCLUDED.finished,
    cancelled = r.cancelled + EXCLUDED.cancelled, no_show = r.no_show + EXCLUDED.no_show,
    booked_seconds = r.booked_seconds + EXCLUDED.booked_seconds;
  IF booked <> 0 THEN
    INSERT INTO report_hourly_pending
    SELECT NEW.clinic_id, h::date, extract(hour FROM h)::smallint,
           round(extract(epoch FROM least(h + interval '1 hour', local_end) - greatest(h, local_start)))::bigint
    FROM generate_series(date_trunc('hour', local_start), local_end - interval '1 microsecond', interval '1 hour') h;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER appointments_report_rollups AFTER INSERT ON appointments
  FOR EACH ROW EXECUTE FUNCTION report_rollups_on_appointment();
CREATE TRIGGER appointments_report_rollups_update AFTER UPDATE ON appointments
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
                     OR OLD.ends_at IS DISTINCT FROM NEW.ends_at OR OLD.doctor_id IS DISTINCT FROM NEW.doctor_id
                     OR OLD.room_id IS DISTINCT FROM NEW.room_id OR OLD.clinic_id IS DISTINCT FROM NEW.clinic_id)
  EXECUTE FUNCTION report_rollups_on_appointment();

-- A status event that carries a time changes the appointment's wait or consultation:
-- its contribution without the event is replaced by the one with it. Creation and
-- reschedule events change nothing here (the appointments trigger covers them).
CREATE FUNCTION report_rollups_on_event() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  a appointments;
BEGIN
  SELECT * INTO a FROM appointments WHERE id = NEW.appointment_id;
  PERFORM report_rollups_apply(a, a, NEW.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER appointment_events_report_rollups AFTER INSERT ON appointment_events
  FOR EACH ROW WHEN (NEW.kind = 'status' AND NEW.to_status IN ('waiting', 'in_progress', 'finished'))
  EXECUTE FUNCTION report_rollups_on_event();

-- Recomputes the rollups from scratch (all clinics, or one), from the same per-appointment
-- contributions the triggers apply. Blocks writes to appointments while it runs, so the
-- result matches one consistent state.
CREATE FUNCTION rebuild_report_rollups(p_clinic_id bigint DEFAULT NULL) RETURNS void
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
         sum(f.consultation_seconds)
  FROM appointments a CROSS JOIN LATERAL report_daily_facts(a, 1, NULL) f
  WHERE p_clinic_id IS NULL OR a.clinic_id = p_clinic_id
  GROUP BY f.clinic_id, f.day, f.doctor_id, f.room_id;
  INSERT INTO report_hourly_rollups
  SELECT f.clinic_id, f.day, f.hour, sum(f.booked_seconds)
  FROM appointments a CROSS JOIN LATERAL report_hourly_facts(a, 1) f
  WHERE (p_clinic_id IS NULL OR a.clinic_id = p_clinic_id) AND a.status <> 'cancelled'
  GROUP BY f.clinic_id, f.day, f.hour;
END
$$;

-- A clinic's local days move with its time zone.
CREATE FUNCTION report_rollups_on_clinic_timezone() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_report_rollups(NEW.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER clinics_report_rollups AFTER UPDATE OF timezone ON clinics
  FOR EACH ROW WHEN (OLD.timezone IS DISTINCT FROM NEW.timezone)
  EXECUTE FUNCTION report_rollups_on_clinic_timezone();

-- The existing history.
SELECT rebuild_report_rollups();
