-- Claims key $2 of user $1 for a request with fingerprint $3. A key is new, or expired
-- (24 h), or abandoned in flight (60 s: its server died before answering): then it is
-- (re)claimed and `claimed` is true. Otherwise the row as it stood is returned. The
-- user's other expired keys are swept on the way.
WITH swept AS (
  DELETE FROM idempotency_keys
  WHERE user_id = $1 AND key <> $2 AND created_at < now() - interval '24 hours'
), claimed AS (
  INSERT INTO idempotency_keys AS k (user_id, key, fingerprint) VALUES ($1, $2, $3)
  ON CONFLICT (user_id, key) DO UPDATE
    SET fingerprint = EXCLUDED.fingerprint, created_at = now(), status = NULL, content_type = NULL, body = NULL
    WHERE k.created_at < now() - interval '24 hours' OR (k.status IS NULL AND k.created_at < now() - interval '60 seconds')
  RETURNING true AS claimed
)
SELECT coalesce((SELECT claimed FROM claimed), false) AS claimed,
       k.fingerprint, k.status, k.content_type, k.body
FROM (SELECT 1) AS one
LEFT JOIN idempotency_keys k ON k.user_id = $1 AND k.key = $2
