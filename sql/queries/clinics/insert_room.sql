-- The room's clinic is its floor's. $1 floor, $2 code, $3 name, $4 kind
INSERT INTO rooms (floor_id, clinic_id, code, name, kind)
SELECT f.id, f.clinic_id, $2, $3, $4 FROM floors f WHERE f.id = $1
RETURNING id, floor_id, clinic_id, code, name, kind, active
