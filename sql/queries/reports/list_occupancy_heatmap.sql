-- The weekday × local hour heatmap over local days $1..$2 (inclusive); $3 clinic ids,
-- comma-separated (NULL: every clinic). Open seconds of a cell: each clinic's opening
-- hours within that hour, times its active rooms, times the period's days of that
-- weekday; booked seconds from the hourly rollups and the deltas still pending (whole
-- months at month grain: report_period_hourly, migration 0019). Cells with neither are
-- left out.
WITH weekdays AS (
  SELECT extract(isodow FROM d)::smallint AS weekday, count(*) AS days
  FROM generate_series($1::date, $2::date, interval '1 day') d
  GROUP BY 1
), room_counts AS (
  SELECT rm.clinic_id, count(*) AS rooms
  FROM rooms rm
  WHERE rm.active AND ($3::text IS NULL OR rm.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  GROUP BY rm.clinic_id
), open AS (
  SELECT h.weekday, hr.hour,
         sum(w.days * rc.rooms * greatest(0, least(extract(epoch FROM h.closes), (hr.hour + 1) * 3600)
                                             - greatest(extract(epoch FROM h.opens), hr.hour * 3600)))::bigint
           AS open_seconds
  FROM clinic_hours h
  JOIN weekdays w ON w.weekday = h.weekday
  JOIN room_counts rc ON rc.clinic_id = h.clinic_id
  CROSS JOIN generate_series(0, 23) hr(hour)
  GROUP BY h.weekday, hr.hour
), booked AS (
  SELECT r.weekday, r.hour, sum(r.booked_seconds) AS booked_seconds
  FROM report_period_hourly($1::date, $2::date) r
  WHERE ($3::text IS NULL OR r.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  GROUP BY 1, 2
)
SELECT coalesce(o.weekday, b.weekday)::integer AS weekday, coalesce(o.hour, b.hour)::integer AS hour,
       coalesce(o.open_seconds, 0) AS open_seconds, coalesce(b.booked_seconds, 0) AS booked_seconds
FROM open o
FULL JOIN booked b ON b.weekday = o.weekday AND b.hour = o.hour
WHERE coalesce(o.open_seconds, 0) > 0 OR coalesce(b.booked_seconds, 0) <> 0
ORDER BY 1, 2
