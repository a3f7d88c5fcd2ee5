-- A page of care gaps (the care_gaps function, migration 0021: $1 clinics, $2 condition,
-- $3 since, $4 today, $5 role, $6 user), by patient id after $7, at most $8 rows.
SELECT g.patient_id, g.first_name, g.last_name, g.document_type, g.document_number, g.phone,
       g.last_visit, g.conditions, g.follow_up_due_on
FROM care_gaps($1::text, $2::text, $3::date, $4::date, $5::text, $6::bigint) g
WHERE g.patient_id > $7::bigint
ORDER BY g.patient_id
LIMIT $8
