-- $1 user id, $2 failures that lock the account, $3 lockout in minutes.
-- Returns the seconds the account is now locked for (0 when not locked).
UPDATE users SET
  failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
  locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
WHERE id = $1
RETURNING CASE WHEN locked_until > now() THEN ($3 * 60) ELSE 0 END
