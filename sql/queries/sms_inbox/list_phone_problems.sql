-- Phone numbers Twilio refused, newest first: ids below $1, at most $2 rows, of patients
-- registered at clinic $3 (or any), open ($4 false) or resolved ($4 true), of patients
-- caller ($5 role, $6 user id) may see (patient_visible_to, the one rule).
SELECT pp.id, pp.patient_id, p.first_name || ' ' || p.last_name AS patient_name, pp.phone, p.phone AS current_phone,
       pp.error_code, pp.message_id, rfc3339(pp.created_at) AS created_at, rfc3339(pp.resolved_at) AS resolved_at,
       pp.resolved_by
FROM sms_phone_problems pp
JOIN patients p ON p.id = pp.patient_id
WHERE pp.id < $1
  AND (pp.resolved_at IS NOT NULL) = $4
  AND ($3::bigint IS NULL
       OR EXISTS (SELECT 1 FROM patient_clinics pc WHERE pc.patient_id = pp.patient_id AND pc.clinic_id = $3))
  AND patient_visible_to(pp.patient_id, $5, $6)
ORDER BY pp.id DESC
LIMIT $2
