-- What a reply about appointment $1 says: the patient's first name, the clinic, its
-- phone, the date and time in the clinic's zone, the doctor; its clinic and patient;
-- its status and whether it has started.
SELECT p.first_name, c.name AS clinic, coalesce(c.phone, '') AS clinic_phone,
       to_char(a.starts_at AT TIME ZONE c.timezone, 'DD/MM/YYYY') AS date,
       to_char(a.starts_at AT TIME ZONE c.timezone, 'HH24:MI') AS time,
       u.full_name AS doctor, c.id AS clinic_id, p.id AS patient_id, a.status::text AS status,
       a.starts_at <= now() AS started
FROM appointments a
JOIN patients p ON p.id = a.patient_id
JOIN clinics c ON c.id = a.clinic_id
JOIN doctors d ON d.id = a.doctor_id
JOIN users u ON u.id = d.user_id
WHERE a.id = $1
