-- Emergency accesses, newest first, keyset by (granted_at, id). $1 cursor id (0 for the
-- first page), $2 limit, $3 from and $4 to on granted_at (NULL for no bound).
SELECT ea.id, ea.patient_id, p.first_name || ' ' || p.last_name AS patient_name, ea.user_id,
       ea.doctor_id, u.full_name AS doctor_name, ea.reason, rfc3339(ea.granted_at) AS granted_at,
       rfc3339(ea.expires_at) AS expires_at, ea.expires_at > now() AS active,
       -- the reads and writes it allowed
       (SELECT count(*) FROM audit_events ae
        WHERE ae.patient_id = ea.patient_id AND ae.actor_user_id = ea.user_id AND ae.emergency
          AND ae.action LIKE 'record.%' AND ae.action <> 'record.emergency_access_granted'
          AND ae.occurred_at >= ea.granted_at AND ae.occurred_at < ea.expires_at) AS event_count
FROM emergency_accesses ea
JOIN patients p ON p.id = ea.patient_id
JOIN users u ON u.id = ea.user_id
WHERE ($1 = 0 OR (ea.granted_at, ea.id) < (SELECT c.granted_at, c.id FROM emergency_accesses c WHERE c.id = $1))
  AND ($3::timestamptz IS NULL OR ea.granted_at >= $3)
  AND ($4::timestamptz IS NULL OR ea.granted_at < $4)
ORDER BY ea.granted_at DESC, ea.id DESC
LIMIT $2
