-- The body of template $1 (sms_templates.kind).
SELECT body FROM sms_templates WHERE kind = $1
