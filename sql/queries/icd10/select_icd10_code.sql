-- Code $1 (stored form) and whether it may be a diagnosis.
SELECT c.code, c.description, c.level, c.parent_code, c.selectable
FROM icd10_codes c
WHERE c.code = $1
