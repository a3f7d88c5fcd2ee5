-- Messages due in a period, counted by kind and status: local days $1..$2 (dates, both
-- included) of each message's clinic (UTC without one); $3 clinic ids, comma-separated
-- (NULL: every clinic, and the messages of none). The due_at range is widened by a day on
-- each side for the index, then cut to the local days.
SELECT m.kind, m.status, count(*) AS count
FROM sms_messages m LEFT JOIN clinics c ON c.id = m.clinic_id
WHERE m.due_at >= ($1::date - 1)::timestamp AT TIME ZONE 'UTC'
  AND m.due_at < ($2::date + 2)::timestamp AT TIME ZONE 'UTC'
  AND (m.due_at AT TIME ZONE coalesce(c.timezone, 'UTC'))::date BETWEEN $1::date AND $2::date
  AND ($3::text IS NULL OR m.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
GROUP BY m.kind, m.status
ORDER BY m.kind, m.status
