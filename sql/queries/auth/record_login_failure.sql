-- Counts a failed sign-in for (username, address) and for the username: $1 username
-- (lower-cased), $2 client address, $3 failures that lock (username, address), $4 failures
-- that lock the username everywhere but its known addresses, $5 lockout in minutes. A
-- count older than the lockout, or whose lock has run out, starts again. Reaching the limit
-- locks for the lockout and starts the count again. One row per scope with the seconds it
-- is now locked for (0 when not).
INSERT INTO login_throttle AS t (scope, key, failures, first_failure_at, locked_until)
VALUES ('name_address', $1 || ' ' || $2, CASE WHEN $3 <= 1 THEN 0 ELSE 1 END, now(),
        CASE WHEN $3 <= 1 THEN now() + make_interval(mins => $5) END),
       ('name', $1, CASE WHEN $4 <= 1 THEN 0 ELSE 1 END, now(),
        CASE WHEN $4 <= 1 THEN now() + make_interval(mins => $5) END)
ON CONFLICT (scope, key) DO UPDATE SET
  failures = CASE
    WHEN (CASE WHEN t.first_failure_at < now() - make_interval(mins => $5) OR t.locked_until <= now() THEN 1
               ELSE t.failures + 1 END) >= (CASE t.scope WHEN 'name_address' THEN $3 ELSE $4 END) THEN 0
    ELSE (CASE WHEN t.first_failure_at < now() - make_interval(mins => $5) OR t.locked_until <= now() THEN 1
               ELSE t.failures + 1 END) END,
  first_failure_at = CASE
    WHEN t.first_failure_at < now() - make_interval(mins => $5) OR t.locked_until <= now() THEN now()
    ELSE t.first_failure_at END,
  locked_until = CASE
    WHEN (CASE WHEN t.first_failure_at < now() - make_interval(mins => $5) OR t.locked_until <= now() THEN 1
               ELSE t.failures + 1 END) >= (CASE t.scope WHEN 'name_address' THEN $3 ELSE $4 END)
      THEN now() + make_interval(mins => $5)
    WHEN t.locked_until <= now() THEN NULL
    ELSE t.locked_until END
RETURNING t.scope, greatest(0, ceil(extract(epoch FROM (t.locked_until - now()))))::integer AS locked_seconds
