-- The patient with this document, as people type it: $1 type (NULL: DNI), $2 number
-- (dots, spaces and dashes ignored, letters in any case — the registry's own form).
SELECT id FROM patients
WHERE document_type = coalesce($1, 'DNI')
  AND document_number = upper(regexp_replace($2, '[. -]', '', 'g'))
