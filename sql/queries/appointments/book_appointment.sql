-- A whole booking in one statement, so it costs one round trip and one commit: the checks
-- of booking_facts(), the caller's right to book there and to see the patient
-- (patient_visible_to, the one rule), the insert (whose exclusion constraints refuse
-- overlaps) and the "created" event. Nothing is written unless every check passes. A
-- booking never registers the patient at the clinic: that is an explicit, audited link
-- (POST /patient-links), or a secretary could reach any patient of the network by booking.
-- $1 patient, $2 doctor, $3 room, $4 practice, $5 start, $6 end (NULL: start + the
-- practice's duration), $7 caller's user id, $8 caller's role.
-- Columns: 0-11 as check_booking.sql; 12 caller_ok (a secretary of the room's clinic, or
-- the patient themself); then 13-28 the booked appointment, as select_appointment.sql
-- (NULLs when nothing was booked); last, patient_visible (the caller may see the patient).
WITH facts AS (
  SELECT f.*,
         CASE $8::text
           WHEN 'secretary' THEN EXISTS (SELECT 1 FROM user_clinics uc WHERE uc.user_id = $7 AND uc.clinic_id = f.clinic_id)
           WHEN 'patient' THEN EXISTS (SELECT 1 FROM patients p WHERE p.id = $1 AND p.user_id = $7)
           ELSE false
         END AS caller_ok,
         patient_visible_to($1, $8::text, $7) AS patient_visible
  FROM booking_facts($2, $3, $4, $1, $5, $6) f
), booked AS (
  INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, created_by)
  SELECT $1, $2, $3, $4, clinic_id, starts_at, ends_at, $7 FROM facts WHERE all_ok AND caller_ok AND patient_visible
  RETURNING *
), created AS (
  INSERT INTO appointment_events (appointment_id, actor_user_id, kind, to_status, details)
  SELECT id, $7, 'created', status, '{}'::jsonb FROM booked
)
SELECT rfc3339(f.ends_at), f.clinic_id, f.start_in_past, f.doctor_ok, f.room_ok, f.clinic_ok, f.practice_ok,
       f.doctor_works_there, f.practice_offered, f.in_schedule, f.patient_exists, f.end_after_start, f.caller_ok,
       a.id, a.patient_id, a.doctor_id, a.room_id, a.practice_id, a.clinic_id, rfc3339(a.starts_at), rfc3339(a.ends_at),
       a.status::text, a.reason, p.first_name || ' ' || p.last_name, u.full_name, r.code, pr.name,
       d.user_id, p.user_id, f.patient_visible AS patient_visible
FROM facts f
LEFT JOIN booked a ON true
LEFT JOIN patients p ON p.id = a.patient_id
LEFT JOIN doctors d ON d.id = a.doctor_id
LEFT JOIN users u ON u.id = d.user_id
LEFT JOIN rooms r ON r.id = a.room_id
LEFT JOIN practices pr ON pr.id = a.practice_id
