-- The answer to the request that claimed key $2 of user $1: $3 status, $4 content type, $5 body.
UPDATE idempotency_keys SET status = $3, content_type = $4, body = $5 WHERE user_id = $1 AND key = $2
