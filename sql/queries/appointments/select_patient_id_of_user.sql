SELECT id FROM patients WHERE user_id = $1
