-- $1 nomenclator, $2 code, $3 name, $4 specialty, $5 duration_minutes
INSERT INTO practices (nomenclator_id, code, name, specialty, duration_minutes)
VALUES ($1, $2, $3, $4, $5)
RETURNING id
