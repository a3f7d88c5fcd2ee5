-- Columns: id, nomenclator_id, code, name, specialty, duration_minutes, active, clinic_ids ("1,2").
SELECT p.id, p.nomenclator_id, p.code, p.name, p.specialty, p.duration_minutes, p.active,
       (SELECT string_agg(pc.clinic_id::text, ',' ORDER BY pc.clinic_id) FROM practice_clinics pc WHERE pc.practice_id = p.id)
         AS clinic_ids
FROM practices p
WHERE p.id = $1
