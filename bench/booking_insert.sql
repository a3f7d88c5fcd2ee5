-- The bare SQL beside the booking API: the same insert, with the same exclusion
-- constraints, that book_appointment.sql makes (after its checks) in one statement.
-- $1 patient, $2 doctor, $3 room, $4 practice, $5 clinic, $6 start, $7 end, $8 created_by
INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
RETURNING id
