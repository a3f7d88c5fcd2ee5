-- One phone problem as list_phone_problems.sql returns it.
SELECT pp.id, pp.patient_id, p.first_name || ' ' || p.last_name AS patient_name, pp.phone, p.phone AS current_phone,
       pp.error_code, pp.message_id, rfc3339(pp.created_at) AS created_at, rfc3339(pp.resolved_at) AS resolved_at,
       pp.resolved_by
FROM sms_phone_problems pp
JOIN patients p ON p.id = pp.patient_id
WHERE pp.id = $1
