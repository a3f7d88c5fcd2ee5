-- Who read or wrote patient $1's record: its record.* audit events, newest first. $2
-- before this id, $3 limit.
SELECT ae.id, rfc3339(ae.occurred_at) AS occurred_at, ae.actor_user_id,
       coalesce(u.full_name, ae.actor_username, '') AS name, u.role::text AS role,
       ae.action, ae.emergency
FROM audit_events ae
LEFT JOIN users u ON u.id = ae.actor_user_id
WHERE ae.patient_id = $1 AND ae.id < $2 AND ae.action LIKE 'record.%'
ORDER BY ae.id DESC
LIMIT $3
