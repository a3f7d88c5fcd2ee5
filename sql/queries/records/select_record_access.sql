-- Who patient $1 is and what decides whether the caller ($2 role, $3 user id) may read
-- their record (records::DecideAccess). No row: no such patient.
SELECT p.id, p.first_name, p.last_name, p.document_type, p.document_number, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
       p.sex,
       -- "Under their care" is the same notion as seeing the patient (migration 0003).
       ($2::text = 'doctor' AND patient_visible_to(p.id, 'doctor', $3)) AS has_care,
       ea.id AS emergency_access_id, rfc3339(ea.expires_at) AS emergency_expires_at,
       ($2::text = 'patient' AND p.user_id IS NOT NULL AND p.user_id = $3) AS is_own,
       d.id AS doctor_id
FROM patients p
LEFT JOIN doctors d ON $2::text = 'doctor' AND d.user_id = $3
LEFT JOIN LATERAL (
  SELECT e.id, e.expires_at
  FROM emergency_accesses e
  WHERE e.patient_id = p.id AND e.user_id = $3 AND e.expires_at > now()
  ORDER BY e.expires_at DESC
  LIMIT 1) ea ON $2::text = 'doctor'
WHERE p.id = $1
