-- Sends queued clinic events to every server's listener, after the changes committed.
-- $1: a JSON array of payloads, each itself a JSON array of events that fits NOTIFY's
-- 8000-byte limit.
SELECT pg_notify('healthpulse_events', payload) FROM json_array_elements_text($1::json) AS payload
