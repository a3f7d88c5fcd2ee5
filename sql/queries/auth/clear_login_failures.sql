-- A successful sign-in: forget the failures of (username, address) and remember the
-- address as a known place of the account. $1 username (lower-cased), $2 address, $3 user id.
WITH cleared AS (
  DELETE FROM login_throttle WHERE scope = 'name_address' AND key = $1 || ' ' || $2
)
INSERT INTO login_known_addresses (user_id, address) VALUES ($3, $2)
ON CONFLICT (user_id, address) DO UPDATE SET last_success_at = now()
