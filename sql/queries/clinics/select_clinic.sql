-- Columns: id, name, address, phone, timezone, active, opening_hours ("1 08:00 20:00,2 ...").
SELECT c.id, c.name, c.address, c.phone, c.timezone, c.active,
       coalesce((SELECT string_agg(h.weekday || ' ' || to_char(h.opens, 'HH24:MI') || ' ' || to_char(h.closes, 'HH24:MI'),
                                   ',' ORDER BY h.weekday)
                 FROM clinic_hours h WHERE h.clinic_id = c.id), '') AS opening_hours
FROM clinics c
WHERE c.id = $1
