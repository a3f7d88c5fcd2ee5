-- Phone problem $1, locked, when caller ($2 role, $3 user id) may see its patient.
SELECT pp.id, pp.patient_id
FROM sms_phone_problems pp
WHERE pp.id = $1 AND patient_visible_to(pp.patient_id, $2, $3)
FOR UPDATE
