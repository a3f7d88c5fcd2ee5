-- The clinics user $1 works at.
SELECT uc.clinic_id FROM user_clinics uc WHERE uc.user_id = $1 ORDER BY uc.clinic_id
