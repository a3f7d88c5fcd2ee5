-- Room occupancy by a plain GROUP BY over the base tables (bench/reports.sh): booked and
-- used minutes per room (list_room_occupancy.sql reads them from the rollups).
WITH ev AS (
  SELECT e.appointment_id,
         min(e.occurred_at) FILTER (WHERE e.to_status = 'in_progress') AS in_progress_at,
         max(e.occurred_at) FILTER (WHERE e.to_status = 'finished') AS finished_at
  FROM appointment_events e WHERE e.kind = 'status' GROUP BY e.appointment_id
)
SELECT a.room_id,
       sum(extract(epoch FROM a.ends_at - a.starts_at)) FILTER (WHERE a.status <> 'cancelled') / 60 AS booked_minutes,
       sum(extract(epoch FROM ev.finished_at - ev.in_progress_at)) FILTER (WHERE ev.finished_at >= ev.in_progress_at) / 60
FROM appointments a
JOIN clinics c ON c.id = a.clinic_id
LEFT JOIN ev ON ev.appointment_id = a.id
WHERE (a.starts_at AT TIME ZONE c.timezone)::date BETWEEN :from::date AND :to::date
GROUP BY a.room_id;
