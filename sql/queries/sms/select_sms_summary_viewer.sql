-- The clinics of user $1 (comma-separated), whether clinic $2 exists, and the moment the
-- summary reflects.
SELECT (SELECT string_agg(uc.clinic_id::text, ',' ORDER BY uc.clinic_id) FROM user_clinics uc WHERE uc.user_id = $1)
         AS clinic_ids,
       EXISTS (SELECT 1 FROM clinics WHERE id = $2) AS clinic_found,
       rfc3339(now()) AS as_of
