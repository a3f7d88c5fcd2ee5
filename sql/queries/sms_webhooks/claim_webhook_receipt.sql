-- Claims a webhook delivery ($1 kind, $2 key) for this transaction; no row when it was
-- acted on already (a Twilio retry). A concurrent retry waits here for the first to end.
INSERT INTO sms_webhook_receipts (kind, receipt_key) VALUES ($1, $2)
ON CONFLICT DO NOTHING
RETURNING 1
