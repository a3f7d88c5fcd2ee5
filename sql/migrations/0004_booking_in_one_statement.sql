-- A booking in one statement (issue 4: a booking should cost little more than the insert
-- under it). What a proposed slot must satisfy besides the overlaps, which the exclusion
-- constraints refuse, as one function shared by booking (book_appointment.sql) and
-- rescheduling (check_booking.sql). LANGUAGE sql, STABLE and a single SELECT: the planner
-- inlines it into the calling statement.
CREATE FUNCTION booking_facts(p_doctor bigint, p_room bigint, p_practice bigint, p_patient bigint,
                              p_start timestamptz, p_end timestamptz)
RETURNS TABLE (starts_at timestamptz, ends_at timestamptz, clinic_id bigint, start_in_past boolean,
               doctor_ok boolean, room_ok boolean, clinic_ok boolean, practice_ok boolean,
               doctor_works_there boolean, practice_offered boolean, in_schedule boolean,
               patient_exists boolean, end_after_start boolean, all_ok boolean)
LANGUAGE sql STABLE AS $$
  WITH slot AS (
    SELECT p_start AS s,
           coalesce(p_end, p_start + make_interval(mins => (SELECT duration_minutes FROM practices WHERE id = p_practice))) AS e
  ), place AS (
    SELECT r.active AS room_active, c.id AS clinic, c.active AS clinic_active, c.timezone
    FROM rooms r JOIN clinics c ON c.id = r.clinic_id
    WHERE r.id = p_room
  ), local AS (
    SELECT (slot.s AT TIME ZONE place.timezone) AS local_start, (slot.e AT TIME ZONE place.timezone) AS local_end
    FROM slot, place
  ), facts AS (
    SELECT slot.s, slot.e,
           (SELECT clinic FROM place) AS clinic,
           slot.s < now() AS past,
           EXISTS (SELECT 1 FROM doctors d JOIN users u ON u.id = d.user_id
                   WHERE d.id = p_doctor AND u.active AND u.role = 'doctor') AS doctor_ok,
           coalesce((SELECT room_active FROM place), false) AS room_ok,
           coalesce((SELECT clinic_active FROM place), false) AS clinic_ok,
           EXISTS (SELECT 1 FROM practices WHERE id = p_practice AND active) AS practice_ok,
           EXISTS (SELECT 1 FROM doctors d JOIN user_clinics uc ON uc.user_id = d.user_id
                   WHERE d.id = p_doctor AND uc.clinic_id = (SELECT clinic FROM place)) AS works_there,
           EXISTS (SELECT 1 FROM practice_clinics
                   WHERE practice_id = p_practice AND practice_clinics.clinic_id = (SELECT clinic FROM place)) AS offered,
           -- The whole slot inside one weekly block, on one local day, in the clinic's zone.
           EXISTS (SELECT 1 FROM doctor_schedule_blocks b, local l
                   WHERE b.doctor_id = p_doctor AND b.clinic_id = (SELECT clinic FROM place)
                     AND b.weekday = extract(isodow FROM l.local_start)
                     AND l.local_start::date = (l.local_end - interval '1 microsecond')::date
                     AND b.from_minute <= extract(hour FROM l.local_start) * 60 + extract(minute FROM l.local_start)
                     AND b.to_minute >= extract(epoch FROM (l.local_end - l.local_start::date)) / 60) AS in_schedule,
           EXISTS (SELECT 1 FROM patients WHERE id = p_patient) AS patient_exists,
           slot.e > slot.s AS ordered
    FROM slot
  )
  SELECT s, e, clinic, past, doctor_ok, room_ok, clinic_ok, practice_ok, works_there, offered, in_schedule,
         patient_exists, coalesce(ordered, false),
         NOT past AND doctor_ok AND room_ok AND clinic_ok AND practice_ok AND works_there AND offered
           AND in_schedule AND patient_exists AND coalesce(ordered, false)
  FROM facts
$$;

-- An appointment as the API shows it: the row with the names an agenda needs (so a
-- calendar takes one round trip) and the doctor's and patient's logins (for visibility
-- and the live streams' filters). The one definition behind select_appointment.sql and
-- the list queries; filters on its columns reach the appointments' own indexes.
CREATE VIEW appointment_views AS
SELECT a.id, a.patient_id, a.doctor_id, a.room_id, a.practice_id, a.clinic_id, a.starts_at, a.ends_at,
       a.status, a.reason,
       p.first_name || ' ' || p.last_name AS patient_name,
       u.full_name AS doctor_name,
       r.code AS room_code,
       pr.name AS practice_name,
       d.user_id AS doctor_user_id,
       p.user_id AS patient_user_id
FROM appointments a
JOIN patients p ON p.id = a.patient_id
JOIN doctors d ON d.id = a.doctor_id
JOIN users u ON u.id = d.user_id
JOIN rooms r ON r.id = a.room_id
JOIN practices pr ON pr.id = a.practice_id;
