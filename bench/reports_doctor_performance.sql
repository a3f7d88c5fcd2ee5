-- Doctor performance by a plain GROUP BY over the base tables (bench/reports.sh), the
-- figures list_doctor_performance.sql reads from the rollups; :from, :to local days.
WITH ev AS (
  SELECT e.appointment_id,
         max(e.occurred_at) FILTER (WHERE e.to_status = 'waiting') AS waiting_at,
         min(e.occurred_at) FILTER (WHERE e.to_status = 'in_progress') AS in_progress_at,
         max(e.occurred_at) FILTER (WHERE e.to_status = 'finished') AS finished_at
  FROM appointment_events e WHERE e.kind = 'status' GROUP BY e.appointment_id
)
SELECT a.doctor_id, count(*) AS appointments,
       count(*) FILTER (WHERE a.status = 'registered') AS registered, count(*) FILTER (WHERE a.status = 'confirmed'),
       count(*) FILTER (WHERE a.status = 'waiting'), count(*) FILTER (WHERE a.status = 'in_progress'),
       count(*) FILTER (WHERE a.status = 'finished'), count(*) FILTER (WHERE a.status = 'cancelled'),
       count(*) FILTER (WHERE a.status = 'no_show'),
       avg(ev.in_progress_at - ev.waiting_at) FILTER (WHERE ev.in_progress_at >= ev.waiting_at),
       avg(ev.finished_at - ev.in_progress_at) FILTER (WHERE ev.finished_at >= ev.in_progress_at),
       avg(ev.in_progress_at - a.starts_at)
FROM appointments a
JOIN clinics c ON c.id = a.clinic_id
LEFT JOIN ev ON ev.appointment_id = a.id
WHERE (a.starts_at AT TIME ZONE c.timezone)::date BETWEEN :from::date AND :to::date
GROUP BY a.doctor_id;
