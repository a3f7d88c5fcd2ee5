-- A patient the caller may see. $1 id, $2 caller role, $3 caller user id.
-- Columns: id, first_name, last_name, document_type, document_number, birth_date,
-- sex, phone, email, address, insurer, insurer_member_number, sms_consent, user_id,
-- created_at, clinic_ids ("1,2").
SELECT p.id, p.first_name, p.last_name, p.document_type, p.document_number, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
       p.sex, p.phone, p.email, p.address, p.insurer, p.insurer_member_number, p.sms_consent, p.user_id,
       rfc3339(p.created_at) AS created_at,
       (SELECT string_agg(pc.clinic_id::text, ',' ORDER BY pc.clinic_id) FROM patient_clinics pc WHERE pc.patient_id = p.id)
         AS clinic_ids
FROM patients p
WHERE p.id = $1 AND patient_visible_to(p.id, $2, $3)
