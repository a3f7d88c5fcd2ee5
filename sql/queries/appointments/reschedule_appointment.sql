-- $1 id, $2 doctor, $3 room, $4 clinic, $5 start, $6 end
UPDATE appointments SET doctor_id = $2, room_id = $3, clinic_id = $4, starts_at = $5, ends_at = $6, updated_at = now()
WHERE id = $1
