-- Every SMS template with who changed it last, by kind.
SELECT t.kind, t.body, rfc3339(t.updated_at) AS updated_at, t.updated_by, u.full_name AS updated_by_name
FROM sms_templates t LEFT JOIN users u ON u.id = t.updated_by
ORDER BY t.kind
