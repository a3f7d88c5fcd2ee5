-- What the scope rule needs of the caller, and the moment the report reflects.
-- $1 user id
SELECT (SELECT string_agg(uc.clinic_id::text, ',' ORDER BY uc.clinic_id) FROM user_clinics uc WHERE uc.user_id = $1)
         AS clinic_ids,
       (SELECT d.id FROM doctors d WHERE d.user_id = $1) AS doctor_id,
       rfc3339(now()) AS as_of
