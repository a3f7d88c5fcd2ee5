-- Whether clinic $1 exists, and whether user $2 works there.
SELECT EXISTS (SELECT 1 FROM clinics WHERE id = $1) AS found,
       EXISTS (SELECT 1 FROM user_clinics WHERE clinic_id = $1 AND user_id = $2) AS works_there
