-- $1 first_name, $2 last_name, $3 document_type, $4 document_number, $5 birth_date,
-- $6 sex, $7 phone, $8 email, $9 address, $10 insurer, $11 insurer_member_number,
-- $12 sms_consent, $13 user_id
INSERT INTO patients (first_name, last_name, document_type, document_number, birth_date, sex, phone, email, address,
                      insurer, insurer_member_number, sms_consent, user_id)
VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9, $10, $11, $12, $13)
RETURNING id
