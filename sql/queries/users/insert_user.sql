-- $1 username, $2 password_hash, $3 full_name, $4 email, $5 phone, $6 role
INSERT INTO users (username, password_hash, full_name, email, phone, role)
VALUES ($1, $2, $3, $4, $5, $6::user_role)
RETURNING id
