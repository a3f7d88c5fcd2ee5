-- The patient with exactly this document and birth date, for linking them to another
-- clinic at the front desk: $1 type, $2 number (normalized), $3 birth date (YYYY-MM-DD).
SELECT id FROM patients
WHERE document_type = $1 AND document_number = $2 AND birth_date = $3::date
