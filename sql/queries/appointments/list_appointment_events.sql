SELECT e.id, rfc3339(e.occurred_at), e.actor_user_id, u.full_name, e.kind, e.from_status::text, e.to_status::text,
       e.reason, e.details::text
FROM appointment_events e LEFT JOIN users u ON u.id = e.actor_user_id
WHERE e.appointment_id = $1
ORDER BY e.id
