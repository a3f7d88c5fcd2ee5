-- A doctor profile for a user; nothing when they have one. $1 user, $2 specialty, $3 license
INSERT INTO doctors (user_id, specialty, license_number) VALUES ($1, $2, $3)
ON CONFLICT (user_id) DO NOTHING
