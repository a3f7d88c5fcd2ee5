-- Doctor performance over local days $1..$2 (inclusive) summed per period bucket $5
-- ('day', 'week' starting Monday, 'month'; the first bucket may start before $1), over
-- the doctors in scope: $3 clinic ids, comma-separated (NULL: every clinic); $4 one
-- doctor (NULL: every doctor). Buckets without appointments are left out.
SELECT date_trunc($5::text, r.day)::date AS period,
       sum(r.appointments) AS appointments, sum(r.finished) AS finished, sum(r.cancelled) AS cancelled,
       sum(r.no_show) AS no_show, sum(r.wait_count) AS wait_count, sum(r.wait_seconds) AS wait_seconds,
       sum(r.consultation_count) AS consultation_count, sum(r.consultation_seconds) AS consultation_seconds,
       sum(r.call_count) AS call_count, sum(r.call_delay_seconds) AS call_delay_seconds
FROM report_daily_rollups r
WHERE r.day BETWEEN $1::date AND $2::date
  AND ($3::text IS NULL OR r.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  AND ($4::bigint IS NULL OR r.doctor_id = $4::bigint)
GROUP BY 1
HAVING sum(r.appointments) > 0
ORDER BY 1
