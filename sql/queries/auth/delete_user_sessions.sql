-- $1 user id, $2 a token hash to keep (or NULL to end every session).
DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR token_hash <> $2)
