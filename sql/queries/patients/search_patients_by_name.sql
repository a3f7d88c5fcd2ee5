-- Names containing every word of $6 (space-separated, LIKE wildcards escaped); $5 is the
-- longest word, which the trigram index finds. Alphabetical by last name, which also keeps
-- the planner on the trigram index (an id-ordered plan would walk the whole table for a rare
-- name). $1 cursor id (the last row of the previous page, 0 for the first), $2 limit,
-- $3 role, $4 user.
SELECT p.id, p.first_name, p.last_name, p.document_type, p.document_number, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
       p.sex, p.phone, p.email, p.address, p.insurer, p.insurer_member_number, p.sms_consent, p.user_id,
       rfc3339(p.created_at) AS created_at,
       (SELECT string_agg(pc.clinic_id::text, ',' ORDER BY pc.clinic_id) FROM patient_clinics pc WHERE pc.patient_id = p.id)
         AS clinic_ids
FROM patients p
WHERE p.search_name LIKE '%' || search_key($5) || '%'
  AND p.search_name LIKE ALL (SELECT '%' || w || '%' FROM unnest(string_to_array(search_key($6), ' ')) w)
  AND ($1 = 0 OR (search_key(p.last_name), search_key(p.first_name), p.id) >
                 (SELECT search_key(c.last_name), search_key(c.first_name), c.id FROM patients c WHERE c.id = $1))
  -- Who may see which patient, inline so the planner can run it as a join rather than a
  -- function call per row; the same rules as patient_visible_to (migrations 0002, 0003, 0006).
  AND ($3 = 'admin'
    OR ($3 = 'secretary' AND EXISTS (
          SELECT 1 FROM patient_clinics pc JOIN user_clinics uc ON uc.clinic_id = pc.clinic_id
          WHERE pc.patient_id = p.id AND uc.user_id = $4))
    OR ($3 = 'patient' AND p.user_id = $4)
    OR ($3 = 'doctor' AND EXISTS (
          SELECT 1 FROM appointments a JOIN doctors d ON d.id = a.doctor_id
          WHERE a.patient_id = p.id AND d.user_id = $4 AND a.status <> 'cancelled')))
ORDER BY search_key(p.last_name), search_key(p.first_name), p.id
LIMIT $2
