-- The current slot of an appointment, for a reschedule that changes only part of it.
SELECT rfc3339(starts_at), rfc3339(ends_at), room_id, doctor_id, patient_id, practice_id FROM appointments WHERE id = $1
