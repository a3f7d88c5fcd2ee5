-- The patients whose phone is $1, each with the first clinic they are registered at.
SELECT p.id, p.first_name, (SELECT min(pc.clinic_id) FROM patient_clinics pc WHERE pc.patient_id = p.id) AS clinic_id
FROM patients p
WHERE p.phone = $1
ORDER BY p.id
LIMIT 20
