-- $1 after id, $2 limit, $3 nomenclator, $4 q pattern (already a LIKE pattern over
-- search_key text), $5 clinic, $6 specialty (accent/case-insensitive), $7 active.
SELECT p.id, p.nomenclator_id, p.code, p.name, p.specialty, p.duration_minutes, p.active,
       (SELECT string_agg(pc.clinic_id::text, ',' ORDER BY pc.clinic_id) FROM practice_clinics pc WHERE pc.practice_id = p.id)
         AS clinic_ids
FROM practices p
WHERE p.id > $1
  AND ($3::bigint IS NULL OR p.nomenclator_id = $3)
  AND ($4::text IS NULL OR p.search_text LIKE search_key($4))
  AND ($5::bigint IS NULL OR EXISTS (SELECT 1 FROM practice_clinics pc WHERE pc.practice_id = p.id AND pc.clinic_id = $5))
  AND ($6::text IS NULL OR search_key(p.specialty) = search_key($6))
  AND ($7::boolean IS NULL OR p.active = $7)
ORDER BY p.id
LIMIT $2
