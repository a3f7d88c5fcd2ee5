SELECT id, clinic_id, number, name FROM floors WHERE clinic_id = $1 ORDER BY number
