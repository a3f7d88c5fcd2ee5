DELETE FROM clinic_hours WHERE clinic_id = $1
