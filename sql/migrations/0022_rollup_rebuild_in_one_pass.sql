-- The rollups' rebuild in one pass (`healthpulse reports rebuild`, and the seed after its
-- bulk load). Migration 0011's rebuild called report_daily_facts once per turno, and each
-- call looked up that turno's events: over five years of history (3.9 million turnos,
-- 17.7 million events) it ran for more than 20 minutes. Now a turno's status moments
-- have one definition, report_status_moments, read for one turno by the triggers and for
-- every turno at once by the rebuild, and the figures from them have one,
-- report_daily_facts_at; the rows the two paths compute are unchanged.

-- The status moments of every turno with status events: the last arrival (waiting), the
-- first call in (in_progress) and the last finish. p_without_event leaves that event out
-- (the state before it, for the event trigger's delta); NULL leaves none out.
CREATE FUNCTION report_status_moments(p_without_event bigint)
RETURNS TABLE (appointment_id bigint, waiting_at timestamptz, in_progress_at timestamptz, finished_at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT e.appointment_id,
         max(e.occurred_at) FILTER (WHERE e.to_status = 'waiting'),
         min(e.occurred_at) FILTER (WHERE e.to_status = 'in_progress'),
         max(e.occurred_at) FILTER (WHERE e.to_status = 'finished')
  FROM appointment_events e
  WHERE e.kind = 'status' AND e.id IS DISTINCT FROM p_without_event
  GROUP BY e.appointment_id
$$;

-- The daily-rollup row of turno `a` (none when a is NULL) given its clinic's time zone and
-- its status moments (NULL: never reached), times p_sign (+1 add, -1 take away).
CREATE FUNCTION report_daily_facts_at(a appointments, p_timezone text, p_waiting_at timestamptz,
                                      p_in_progress_at timestamptz, p_finished_at timestamptz, p_sign integer)
RETURNS TABLE (clinic_id bigint, day date, doctor_id bigint, room_id bigint, appointments integer,
               registered integer, confirmed integer, waiting integer, in_progress integer, finished integer,
               cancelled integer, no_show integer, booked_seconds bigint, wait_count integer, wait_seconds bigint,
               consultation_count integer, consultation_seconds bigint, call_count integer,
               call_delay_seconds bigint, call_on_time integer)
LANGUAGE sql STABLE AS $$
  SELECT a.clinic_id, (a.starts_at AT TIME ZONE p_timezone)::date, a.doctor_id, a.room_id, p_sign,
         p_sign * (a.status = 'registered')::integer, p_sign * (a.status = 'confirmed')::integer,
         p_sign * (a.status = 'waiting')::integer, p_sign * (a.status = 'in_progress')::integer,
         p_sign * (a.status = 'finished')::integer, p_sign * (a.status = 'cancelled')::integer,
         p_sign * (a.status = 'no_show')::integer,
         p_sign * CASE WHEN a.status <> 'cancelled'
                       THEN round(extract(epoch FROM a.ends_at - a.starts_at))::bigint ELSE 0 END,
         p_sign * (w.wait_seconds IS NOT NULL)::integer, p_sign * coalesce(w.wait_seconds, 0),
         p_sign * (w.consultation_seconds IS NOT NULL)::integer, p_sign * coalesce(w.consultation_seconds, 0),
         p_sign * (p_in_progress_at IS NOT NULL)::integer,
         p_sign * coalesce(round(extract(epoch FROM p_in_progress_at - a.starts_at))::bigint, 0),
         p_sign * coalesce((p_in_progress_at <= a.starts_at + interval '10 minutes')::integer, 0)
  FROM (SELECT CASE WHEN p_in_progress_at >= p_waiting_at
                    THEN round(extract(epoch FROM p_in_progress_at - p_waiting_at))::bigint END AS wait_seconds,
               CASE WHEN p_finished_at >= p_in_progress_at
                    THEN round(extract(epoch FROM p_finished_at - p_in_progress_at))::bigint END AS consultation_seconds) w
  WHERE a.id IS NOT NULL
$$;

-- One turno's row, as before (the triggers' report_rollups_apply calls it). A set-returning
-- SQL function throughout, so the planner inlines it into the caller's statement.
CREATE OR REPLACE FUNCTION report_daily_facts(a appointments, p_sign integer, p_without_event bigint)
RETURNS TABLE (clinic_id bigint, day date, doctor_id bigint, room_id bigint, appointments integer,
               registered integer, confirmed integer, waiting integer, in_progress integer, finished integer,
               cancelled integer, no_show integer, booked_seconds bigint, wait_count integer, wait_seconds bigint,
               consultation_count integer, consultation_seconds bigint, call_count integer,
               call_delay_seconds bigint, call_on_time integer)
LANGUAGE sql STABLE AS $$
  SELECT f.*
  FROM clinics c
  LEFT JOIN report_status_moments(p_without_event) m ON m.appointment_id = a.id
  CROSS JOIN LATERAL report_daily_facts_at(a, c.timezone, m.waiting_at, m.in_progress_at, m.finished_at, p_sign) f
  WHERE c.id = a.clinic_id
$$;

DROP FUNCTION report_event_times(bigint, bigint);

-- As in migration 0019, with the daily rows from one pass over the events.
-- Its work_mem holds the moments' hash table in memory (only while it runs).
CREATE OR REPLACE FUNCTION rebuild_report_rollups(p_clinic_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SET work_mem = '512MB' AS $$
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
  -- One pass over the events (every turno's moments at once, hashed), not a lookup per turno.
  INSERT INTO report_daily_rollups
  SELECT f.clinic_id, f.day, f.doctor_id, f.room_id, sum(f.appointments), sum(f.registered), sum(f.confirmed),
         sum(f.waiting), sum(f.in_progress), sum(f.finished), sum(f.cancelled), sum(f.no_show),
         sum(f.booked_seconds), sum(f.wait_count), sum(f.wait_seconds), sum(f.consultation_count),
         sum(f.consultation_seconds), sum(f.call_count), sum(f.call_delay_seconds), sum(f.call_on_time)
  FROM appointments a
  JOIN clinics c ON c.id = a.clinic_id
  LEFT JOIN report_status_moments(NULL) m ON m.appointment_id = a.id
  CROSS JOIN LATERAL report_daily_facts_at(a, c.timezone, m.waiting_at, m.in_progress_at, m.finished_at, 1) f
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

