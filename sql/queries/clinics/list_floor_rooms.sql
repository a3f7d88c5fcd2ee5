SELECT id, floor_id, clinic_id, code, name, kind, active FROM rooms WHERE floor_id = $1 ORDER BY code
