-- $1 name, $2 address, $3 phone, $4 timezone
INSERT INTO clinics (name, address, phone, timezone) VALUES ($1, $2, $3, $4) RETURNING id
