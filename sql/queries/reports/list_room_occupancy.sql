-- Room occupancy over local days $1..$2 (inclusive); $3 clinic ids, comma-separated
-- (NULL: every clinic). Open seconds: the clinic's opening hours (clinic_hours) summed
-- over the period's days; booked and used seconds from the rollups (whole months at
-- month grain, the other days at day grain: report_period_rollups, migration 0019). Active
-- rooms, and inactive ones that have bookings in the period.
WITH weekdays AS (
  SELECT extract(isodow FROM d)::smallint AS weekday, count(*) AS days
  FROM generate_series($1::date, $2::date, interval '1 day') d
  GROUP BY 1
), open AS (
  SELECT h.clinic_id, sum(w.days * extract(epoch FROM h.closes - h.opens))::bigint AS open_seconds
  FROM clinic_hours h JOIN weekdays w ON w.weekday = h.weekday
  WHERE $3::text IS NULL OR h.clinic_id = ANY (string_to_array($3::text, ',')::bigint[])
  GROUP BY h.clinic_id
), booked AS (
  SELECT r.room_id, sum(r.booked_seconds) AS booked_seconds, sum(r.consultation_seconds) AS used_seconds
  FROM report_period_rollups($1::date, $2::date) r
  WHERE ($3::text IS NULL OR r.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  GROUP BY r.room_id
)
SELECT rm.clinic_id, rm.floor_id, f.number AS floor_number, rm.id AS room_id, rm.code AS room_code,
       coalesce(o.open_seconds, 0) AS open_seconds, coalesce(b.booked_seconds, 0) AS booked_seconds,
       coalesce(b.used_seconds, 0) AS used_seconds
FROM rooms rm
JOIN floors f ON f.id = rm.floor_id
LEFT JOIN open o ON o.clinic_id = rm.clinic_id
LEFT JOIN booked b ON b.room_id = rm.id
WHERE ($3::text IS NULL OR rm.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  AND (rm.active OR b.room_id IS NOT NULL)
ORDER BY rm.clinic_id, f.number, rm.code, rm.id
