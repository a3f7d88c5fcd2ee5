DELETE FROM user_clinics WHERE user_id = $1
