-- $1 after id, $2 limit, $3 active or NULL. Columns as select_clinic.
SELECT c.id, c.name, c.address, c.phone, c.timezone, c.active,
       coalesce((SELECT string_agg(h.weekday || ' ' || to_char(h.opens, 'HH24:MI') || ' ' || to_char(h.closes, 'HH24:MI'),
                                   ',' ORDER BY h.weekday)
                 FROM clinic_hours h WHERE h.clinic_id = c.id), '') AS opening_hours
FROM clinics c
WHERE c.id > $1 AND ($3::boolean IS NULL OR c.active = $3)
ORDER BY c.id
LIMIT $2
