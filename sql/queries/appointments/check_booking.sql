-- Everything a booking must satisfy besides the overlaps, in one round trip.
-- $1 doctor, $2 room, $3 practice, $4 patient, $5 start, $6 end (NULL: start + the
-- practice's duration), $7 appointment being rescheduled (NULL when booking).
-- Columns: end (RFC 3339), clinic_id, start_in_past, doctor_ok (exists and active),
-- room_ok, clinic_ok, practice_ok, doctor_works_there, practice_offered, in_schedule,
-- patient_exists.
WITH slot AS (
  SELECT $5::timestamptz AS starts_at,
         coalesce($6::timestamptz, $5::timestamptz + make_interval(mins => (SELECT duration_minutes FROM practices WHERE id = $3))) AS ends_at
), place AS (
  SELECT r.id AS room_id, r.active AS room_active, c.id AS clinic_id, c.active AS clinic_active, c.timezone
  FROM rooms r JOIN clinics c ON c.id = r.clinic_id
  WHERE r.id = $2
), local AS (
  SELECT (s.starts_at AT TIME ZONE p.timezone) AS local_start, (s.ends_at AT TIME ZONE p.timezone) AS local_end
  FROM slot s, place p
)
SELECT rfc3339(s.ends_at),
       (SELECT clinic_id FROM place),
       s.starts_at < now(),
       EXISTS (SELECT 1 FROM doctors d JOIN users u ON u.id = d.user_id WHERE d.id = $1 AND u.active AND u.role = 'doctor'),
       coalesce((SELECT room_active FROM place), false),
       coalesce((SELECT clinic_active FROM place), false),
       EXISTS (SELECT 1 FROM practices WHERE id = $3 AND active),
       EXISTS (SELECT 1 FROM doctors d JOIN user_clinics uc ON uc.user_id = d.user_id
               WHERE d.id = $1 AND uc.clinic_id = (SELECT clinic_id FROM place)),
       EXISTS (SELECT 1 FROM practice_clinics WHERE practice_id = $3 AND clinic_id = (SELECT clinic_id FROM place)),
       EXISTS (SELECT 1 FROM doctor_schedule_blocks b, local l
               WHERE b.doctor_id = $1 AND b.clinic_id = (SELECT clinic_id FROM place)
                 AND b.weekday = extract(isodow FROM l.local_start)
                 AND l.local_start::date = (l.local_end - interval '1 microsecond')::date
                 AND b.from_minute <= extract(hour FROM l.local_start) * 60 + extract(minute FROM l.local_start)
                 AND b.to_minute >= extract(epoch FROM (l.local_end - l.local_start::date)) / 60),
       EXISTS (SELECT 1 FROM patients WHERE id = $4),
       s.ends_at > s.starts_at
FROM slot s
