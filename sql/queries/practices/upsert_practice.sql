-- CSV import: a new code is created, a known one updated. Returns whether it was created.
INSERT INTO practices (nomenclator_id, code, name, specialty, duration_minutes)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT ON CONSTRAINT practices_code_key DO UPDATE
  SET name = EXCLUDED.name, specialty = EXCLUDED.specialty, duration_minutes = EXCLUDED.duration_minutes
RETURNING (xmax = 0) AS created
