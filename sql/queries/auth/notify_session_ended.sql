-- Tells every server to drop cached sessions: $1 is "token:<hash>" or "user:<id>".
-- Delivered on commit.
SELECT pg_notify('healthpulse_sessions', $1)
