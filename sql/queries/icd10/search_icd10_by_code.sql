-- Codes that may be a diagnosis starting with $1 (stored form: "E11"), shortest (highest
-- level) first, so the exact code leads; then in code order. $2 limit, $3 offset.
SELECT c.code, c.description, c.level, c.parent_code
FROM icd10_codes c
WHERE c.selectable
  AND (c.code COLLATE "C") >= $1::text
  -- Codes hold only capitals and digits, all below '~': this bounds the prefix.
  AND (c.code COLLATE "C") < $1::text || '~'
ORDER BY length(c.code), (c.code COLLATE "C")
LIMIT $2 OFFSET $3
