-- Each $even says whether the column before it is being set (values may be NULL).
UPDATE patients SET
  first_name = coalesce($2, first_name),
  last_name = coalesce($3, last_name),
  document_type = coalesce($4, document_type),
  document_number = coalesce($5, document_number),
  birth_date = CASE WHEN $7 THEN $6::date ELSE birth_date END,
  sex = CASE WHEN $9 THEN $8 ELSE sex END,
  phone = CASE WHEN $11 THEN $10 ELSE phone END,
  email = CASE WHEN $13 THEN $12 ELSE email END,
  address = CASE WHEN $15 THEN $14 ELSE address END,
  insurer = CASE WHEN $17 THEN $16 ELSE insurer END,
  insurer_member_number = CASE WHEN $19 THEN $18 ELSE insurer_member_number END,
  sms_consent = coalesce($20, sms_consent),
  updated_at = now()
WHERE id = $1
RETURNING id
