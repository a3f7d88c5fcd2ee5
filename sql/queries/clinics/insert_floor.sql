INSERT INTO floors (clinic_id, number, name) VALUES ($1, $2, $3) RETURNING id, clinic_id, number, name
