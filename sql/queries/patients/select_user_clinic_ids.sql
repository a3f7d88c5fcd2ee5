SELECT clinic_id FROM user_clinics WHERE user_id = $1 ORDER BY clinic_id
