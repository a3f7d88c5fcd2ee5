-- Patients the caller may see, by id. $1 after id, $2 limit, $3 role, $4 user id.
SELECT p.id, p.first_name, p.last_name, p.document_type, p.document_number, to_char(p.birth_date, 'YYYY-MM-DD'),
       p.sex, p.phone, p.email, p.address, p.insurer, p.insurer_member_number, p.sms_consent, p.user_id,
       rfc3339(p.created_at),
       (SELECT string_agg(pc.clinic_id::text, ',' ORDER BY pc.clinic_id) FROM patient_clinics pc WHERE pc.patient_id = p.id)
FROM patients p
WHERE p.id > $1 AND patient_visible_to(p.id, $3, $4)
ORDER BY p.id
LIMIT $2
