-- Room occupancy over local days $1..$2 (inclusive) summed per period bucket $4 ('day',
-- 'week' starting Monday, 'month'), over the clinics $3 (comma-separated ids, NULL:
-- every clinic): open seconds of the active rooms (each clinic's opening hours on the
-- bucket's days within the period), booked and used seconds from report_daily_rollups.
WITH days AS (
  SELECT d::date AS day FROM generate_series($1::date, $2::date, interval '1 day') d
), room_counts AS (
  SELECT rm.clinic_id, count(*) AS rooms
  FROM rooms rm
  WHERE rm.active AND ($3::text IS NULL OR rm.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  GROUP BY rm.clinic_id
), open AS (
  SELECT date_trunc($4::text, d.day)::date AS period,
         sum(rc.rooms * extract(epoch FROM h.closes - h.opens))::bigint AS open_seconds
  FROM days d
  JOIN clinic_hours h ON h.weekday = extract(isodow FROM d.day)
  JOIN room_counts rc ON rc.clinic_id = h.clinic_id
  GROUP BY 1
), booked AS (
  SELECT date_trunc($4::text, r.day)::date AS period, sum(r.booked_seconds) AS booked_seconds,
         sum(r.consultation_seconds) AS used_seconds
  FROM report_daily_rollups r
  WHERE r.day BETWEEN $1::date AND $2::date
    AND ($3::text IS NULL OR r.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  GROUP BY 1
)
SELECT coalesce(o.period, b.period) AS period, coalesce(o.open_seconds, 0) AS open_seconds,
       coalesce(b.booked_seconds, 0) AS booked_seconds, coalesce(b.used_seconds, 0) AS used_seconds
FROM open o FULL JOIN booked b ON b.period = o.period
ORDER BY 1
