SELECT id, clinic_id, number, name FROM floors WHERE id = $1
