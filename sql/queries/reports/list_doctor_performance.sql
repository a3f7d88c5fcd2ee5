-- Doctor performance over local days $1..$2 (inclusive) from report_daily_rollups
-- (migration 0008); $3 clinic ids, comma-separated (NULL: every clinic); $4 one doctor
-- (NULL: every doctor). Doctors with no appointment in the period are left out.
SELECT r.doctor_id, u.full_name AS doctor_name, d.specialty,
       sum(r.appointments) AS appointments, sum(r.registered) AS registered, sum(r.confirmed) AS confirmed,
       sum(r.waiting) AS waiting, sum(r.in_progress) AS in_progress, sum(r.finished) AS finished,
       sum(r.cancelled) AS cancelled, sum(r.no_show) AS no_show,
       sum(r.wait_count) AS wait_count, sum(r.wait_seconds) AS wait_seconds,
       sum(r.consultation_count) AS consultation_count, sum(r.consultation_seconds) AS consultation_seconds
FROM report_daily_rollups r
JOIN doctors d ON d.id = r.doctor_id
JOIN users u ON u.id = d.user_id
WHERE r.day BETWEEN $1::date AND $2::date
  AND ($3::text IS NULL OR r.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  AND ($4::bigint IS NULL OR r.doctor_id = $4::bigint)
GROUP BY r.doctor_id, u.full_name, d.specialty
HAVING sum(r.appointments) > 0
ORDER BY u.full_name, r.doctor_id
