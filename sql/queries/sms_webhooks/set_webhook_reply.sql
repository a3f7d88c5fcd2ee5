UPDATE sms_webhook_receipts SET reply_message_id = $2 WHERE kind = 'inbound' AND receipt_key = $1
