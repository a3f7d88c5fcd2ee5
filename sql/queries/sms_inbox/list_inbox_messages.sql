-- The inbox, newest first: ids below $1, at most $2 rows, of clinic $3 (or all), open
-- ($4 false) or handled ($4 true), that caller ($5 role, $6 user id) may read: admins
-- all, secretaries their clinics'. The patient is named only to whom may see them.
SELECT i.id, i.clinic_id, v.patient_id, v.patient_name, i."from", i.body, rfc3339(i.received_at) AS received_at,
       i.handled_by, rfc3339(i.handled_at) AS handled_at
FROM sms_inbox i
LEFT JOIN patients p ON p.id = i.patient_id
CROSS JOIN LATERAL (
  SELECT CASE WHEN p.id IS NOT NULL AND patient_visible_to(p.id, $5, $6) THEN p.id END AS patient_id,
         CASE WHEN p.id IS NOT NULL AND patient_visible_to(p.id, $5, $6) THEN p.first_name || ' ' || p.last_name END
           AS patient_name) v
WHERE i.id < $1
  AND ($3::bigint IS NULL OR i.clinic_id = $3)
  AND (i.handled_at IS NOT NULL) = $4
  AND ($5 = 'admin'
       OR ($5 = 'secretary' AND EXISTS (SELECT 1 FROM user_clinics uc WHERE uc.user_id = $6 AND uc.clinic_id = i.clinic_id)))
ORDER BY i.id DESC
LIMIT $2
