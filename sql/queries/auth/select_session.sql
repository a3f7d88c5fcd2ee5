-- A live session: within its absolute lifetime, used within the idle timeout ($2
-- minutes), and its user still active. `stale` says last_seen_at deserves a refresh.
SELECT u.id, u.username, u.role::text AS role, s.last_seen_at < now() - interval '1 minute' AS stale
FROM sessions s
JOIN users u ON u.id = s.user_id
WHERE s.token_hash = $1
  AND s.expires_at > now()
  AND s.last_seen_at > now() - make_interval(mins => $2)
  AND u.active
