SELECT body FROM sms_templates WHERE kind = $1
