-- The account a sign-in attempt names, with the seconds left on a lockout (0 if none).
SELECT id, username, password_hash, active,
       greatest(0, ceil(extract(epoch FROM (locked_until - now()))))::integer AS locked_seconds
FROM users
WHERE lower(username) = lower($1)
