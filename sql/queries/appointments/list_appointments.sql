-- By start, then id; the cursor is the last id seen. $1 cursor id (0 for the first
-- page), $2 limit, $3 doctor, $4 patient, $5 clinic, $6 room, $7 status, $8 from,
-- $9 to, $10 caller role, $11 caller user id. Columns as select_appointment.
--
-- Who sees what is appointment_visible_to (migration 0003), the one rule, applied to
-- every row. It cannot steer the plan (its EXISTS keeps PostgreSQL from inlining it, so
-- it runs as a filter after the joins), which made a patient's list read the whole
-- table. The CASE before it is implied by the rule for each role (it admits the same
-- rows or more, never fewer) and only gives the planner an index to walk: this
-- statement is planned per call with $10 known, so the CASE folds to its one branch:
--   admin      everything, in (starts_at, id) order     appointments_starts_idx
--   doctor     doctor_id of the caller's doctor row     appointments_doctor_starts_idx
--   patient    patient_id of the caller's patient row   appointments_patient_starts_idx
--   secretary  clinic_id among the caller's clinics     appointments_starts_idx (or clinic)
-- tests/integration/appointment_list_plan_test.cpp fails on a sequential scan.
SELECT v.id, v.patient_id, v.doctor_id, v.room_id, v.practice_id, v.clinic_id, rfc3339(v.starts_at), rfc3339(v.ends_at),
       v.status::text, v.reason, v.patient_name, v.doctor_name, v.room_code, v.practice_name, v.doctor_user_id,
       v.patient_user_id
FROM appointment_views v
WHERE ($1 = 0 OR (v.starts_at, v.id) > (SELECT c.starts_at, c.id FROM appointments c WHERE c.id = $1))
  AND ($3::bigint IS NULL OR v.doctor_id = $3)
  AND ($4::bigint IS NULL OR v.patient_id = $4)
  AND ($5::bigint IS NULL OR v.clinic_id = $5)
  AND ($6::bigint IS NULL OR v.room_id = $6)
  AND ($7::text IS NULL OR v.status = $7::appointment_status)
  AND ($8::timestamptz IS NULL OR v.starts_at >= $8)
  AND ($9::timestamptz IS NULL OR v.starts_at < $9)
  AND CASE $10::text
        WHEN 'admin' THEN true
        WHEN 'doctor' THEN v.doctor_id = (SELECT d.id FROM doctors d WHERE d.user_id = $11)
        WHEN 'patient' THEN v.patient_id = (SELECT p.id FROM patients p WHERE p.user_id = $11)
        WHEN 'secretary' THEN v.clinic_id = ANY (ARRAY(SELECT uc.clinic_id FROM user_clinics uc WHERE uc.user_id = $11))
        ELSE false
      END
  AND appointment_visible_to(v.clinic_id, v.doctor_user_id, v.patient_user_id, $10, $11)
ORDER BY v.starts_at, v.id
LIMIT $2
