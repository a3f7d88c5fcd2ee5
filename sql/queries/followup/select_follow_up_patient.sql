-- Whether patient $1 exists and is visible to role $2, user $3 (patient_visible_to).
SELECT patient_visible_to(p.id, $2::text, $3::bigint) AS visible
FROM patients p
WHERE p.id = $1
