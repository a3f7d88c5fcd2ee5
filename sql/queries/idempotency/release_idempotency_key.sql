-- Gives up key $2 of user $1 (its request failed): a retry with it runs again.
DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND status IS NULL
