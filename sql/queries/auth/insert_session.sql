-- $1 token hash, $2 user id, $3 lifetime in hours. Returns the absolute expiry.
INSERT INTO sessions (token_hash, user_id, expires_at)
VALUES ($1, $2, now() + make_interval(hours => $3))
RETURNING rfc3339(expires_at) AS expires_at
