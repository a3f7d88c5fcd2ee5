SELECT id, floor_id, clinic_id, code, name, kind, active FROM rooms WHERE id = $1
