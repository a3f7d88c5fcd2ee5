-- The locks in force on a sign-in attempt: $1 username (lower-cased), $2 client address,
-- $3 the account's user id (NULL for an unknown username).
SELECT coalesce((SELECT greatest(0, ceil(extract(epoch FROM (t.locked_until - now()))))::integer
                 FROM login_throttle t WHERE t.scope = 'name_address' AND t.key = $1 || ' ' || $2), 0)
         AS address_locked_seconds,
       coalesce((SELECT greatest(0, ceil(extract(epoch FROM (t.locked_until - now()))))::integer
                 FROM login_throttle t WHERE t.scope = 'name' AND t.key = $1), 0) AS name_locked_seconds,
       EXISTS (SELECT 1 FROM login_known_addresses k
               WHERE k.user_id = $3 AND k.address = $2 AND k.last_success_at > now() - interval '90 days')
         AS known_address
