-- The answer the first delivery of inbound message $1 got.
SELECT m.body
FROM sms_webhook_receipts r JOIN sms_messages m ON m.id = r.reply_message_id
WHERE r.kind = 'inbound' AND r.receipt_key = $1
