-- What a reply about appointment $1 says: the patient's first name, the clinic, its
-- phone, the date and time in the clinic's zone, the doctor; its clinic and patient;
-- its status and whether it has started.
SELECT p.first_name, c.name, coalesce(c.phone, ''),
       to_char(a.starts_at AT TIME ZONE c.timezone, 'DD/MM/YYYY'),
       to_char(a.starts_at AT TIME ZONE c.timezone, 'HH24:MI'),
       u.full_name, c.id, p.id, a.status::text, a.starts_at <= now()
FROM appointments a
JOIN patients p ON p.id = a.patient_id
JOIN clinics c ON c.id = a.clinic_id
JOIN doctors d ON d.id = a.doctor_id
JOIN users u ON u.id = d.user_id
WHERE a.id = $1
