-- An event made on no user's behalf names what made it (details.via: "sms" → "SMS").
SELECT e.id, rfc3339(e.occurred_at), e.actor_user_id, coalesce(u.full_name, upper(e.details->>'via')), e.kind,
       e.from_status::text, e.to_status::text, e.reason, e.details::text
FROM appointment_events e LEFT JOIN users u ON u.id = e.actor_user_id
WHERE e.appointment_id = $1
ORDER BY e.id
