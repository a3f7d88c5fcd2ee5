INSERT INTO practice_clinics (practice_id, clinic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING
