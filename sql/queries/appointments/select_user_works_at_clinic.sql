SELECT EXISTS (SELECT 1 FROM user_clinics WHERE user_id = $1 AND clinic_id = $2)
