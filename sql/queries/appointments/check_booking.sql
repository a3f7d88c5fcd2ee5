-- Everything a slot must satisfy besides the overlaps, in one round trip (used when
-- rescheduling; booking folds the same function into book_appointment.sql).
-- $1 doctor, $2 room, $3 practice, $4 patient, $5 start, $6 end (NULL: start + the
-- practice's duration).
-- Columns: end (RFC 3339), clinic_id, start_in_past, doctor_ok (exists and active),
-- room_ok, clinic_ok, practice_ok, doctor_works_there, practice_offered, in_schedule,
-- patient_exists, end_after_start.
SELECT rfc3339(ends_at), clinic_id, start_in_past, doctor_ok, room_ok, clinic_ok, practice_ok, doctor_works_there,
       practice_offered, in_schedule, patient_exists, end_after_start
FROM booking_facts($1, $2, $3, $4, $5, $6)
