-- Whether reminders work: the turnos of local days $1..$2 (dates, both included) of each
-- turno's clinic that have started and were not cancelled, split by whether their reminder
-- was delivered, with how many were no-shows; $3 clinic ids, comma-separated (NULL: all).
SELECT (r.id IS NOT NULL) AS reminded, count(*) AS appointments,
       count(*) FILTER (WHERE a.status = 'no_show') AS no_shows
FROM appointments a
JOIN clinics c ON c.id = a.clinic_id
LEFT JOIN sms_messages r
  ON r.appointment_id = a.id AND r.kind = 'appointment_reminder' AND r.status = 'delivered'
WHERE a.starts_at >= ($1::date - 1)::timestamp AT TIME ZONE 'UTC'
  AND a.starts_at < ($2::date + 2)::timestamp AT TIME ZONE 'UTC'
  AND (a.starts_at AT TIME ZONE c.timezone)::date BETWEEN $1::date AND $2::date
  AND a.starts_at < now()
  AND a.status <> 'cancelled'
  AND ($3::text IS NULL OR a.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
GROUP BY 1
