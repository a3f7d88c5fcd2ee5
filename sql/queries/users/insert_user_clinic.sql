INSERT INTO user_clinics (user_id, clinic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING
