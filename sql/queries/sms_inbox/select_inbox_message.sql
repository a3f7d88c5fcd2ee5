-- One inbox message as list_inbox_messages.sql returns it, for caller ($2 role, $3 user id).
SELECT i.id, i.clinic_id, v.patient_id, v.patient_name, i."from", i.body, rfc3339(i.received_at) AS received_at,
       i.handled_by, rfc3339(i.handled_at) AS handled_at
FROM sms_inbox i
LEFT JOIN patients p ON p.id = i.patient_id
CROSS JOIN LATERAL (
  SELECT CASE WHEN p.id IS NOT NULL AND patient_visible_to(p.id, $2, $3) THEN p.id END AS patient_id,
         CASE WHEN p.id IS NOT NULL AND patient_visible_to(p.id, $2, $3) THEN p.first_name || ' ' || p.last_name END
           AS patient_name) v
WHERE i.id = $1
