-- Serializes catalog loads until the transaction ends. Check for rows after taking it,
-- in a new statement (a new snapshot), so a load committed meanwhile is seen.
SELECT pg_advisory_xact_lock(4242000010)
