-- The account a sign-in attempt names.
SELECT id, username, password_hash, active
FROM users
WHERE lower(username) = lower($1)
