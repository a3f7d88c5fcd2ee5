INSERT INTO patient_clinics (patient_id, clinic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING
