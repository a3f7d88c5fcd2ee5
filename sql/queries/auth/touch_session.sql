UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1
