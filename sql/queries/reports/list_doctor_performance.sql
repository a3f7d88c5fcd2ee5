-- Doctor performance over local days $1..$2 (inclusive) from the rollups: the period's
-- whole months at month grain, its other days at day grain (report_period_rollups,
-- migrations 0008, 0011, 0019); $3 clinic ids, comma-separated (NULL: every clinic); $4 one
-- doctor (NULL: every doctor). Doctors with no appointment in the period are left out.
-- scheduled_seconds: the doctor's weekly schedule (at the clinics in scope) over the
-- period's days; the schedule as it is now, the only one kept.
WITH weekdays AS (
  SELECT extract(isodow FROM d)::smallint AS weekday, count(*) AS days
  FROM generate_series($1::date, $2::date, interval '1 day') d
  GROUP BY 1
), scheduled AS (
  SELECT b.doctor_id, sum(w.days * (b.to_minute - b.from_minute) * 60)::bigint AS scheduled_seconds
  FROM doctor_schedule_blocks b JOIN weekdays w ON w.weekday = b.weekday
  WHERE ($3::text IS NULL OR b.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
    AND ($4::bigint IS NULL OR b.doctor_id = $4::bigint)
  GROUP BY b.doctor_id
), totals AS (
  SELECT r.doctor_id,
         sum(r.appointments) AS appointments, sum(r.registered) AS registered, sum(r.confirmed) AS confirmed,
         sum(r.waiting) AS waiting, sum(r.in_progress) AS in_progress, sum(r.finished) AS finished,
         sum(r.cancelled) AS cancelled, sum(r.no_show) AS no_show,
         sum(r.wait_count) AS wait_count, sum(r.wait_seconds) AS wait_seconds,
         sum(r.consultation_count) AS consultation_count, sum(r.consultation_seconds) AS consultation_seconds,
         sum(r.booked_seconds) AS booked_seconds, sum(r.call_count) AS call_count,
         sum(r.call_delay_seconds) AS call_delay_seconds, sum(r.call_on_time) AS call_on_time
  FROM report_period_rollups($1::date, $2::date) r
  WHERE ($3::text IS NULL OR r.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
    AND ($4::bigint IS NULL OR r.doctor_id = $4::bigint)
  GROUP BY r.doctor_id
  HAVING sum(r.appointments) > 0
)
SELECT t.*, u.full_name AS doctor_name, d.specialty, coalesce(s.scheduled_seconds, 0) AS scheduled_seconds
FROM totals t
JOIN doctors d ON d.id = t.doctor_id
JOIN users u ON u.id = d.user_id
LEFT JOIN scheduled s ON s.doctor_id = t.doctor_id
ORDER BY u.full_name, t.doctor_id
