-- One version of an entry, by id.
SELECT d.id, d.patient_id, d.kind, d.original_id, d.amends_id, d.amendment_reason, d.superseded_by,
       d.author_user_id, d.author_name, d.doctor_id, d.clinic_id, d.clinic_name, d.appointment_id, d.created_at,
       d.code, d.code_description, d.chronic, d.status, d.text, d.description, d.dose, d.frequency, d.start_date,
       d.end_date, d.diagnosis_id, d.follow_up_days, d.private, d.substance, d.reaction, d.severity
FROM record_entry_details d
WHERE d.id = $1
