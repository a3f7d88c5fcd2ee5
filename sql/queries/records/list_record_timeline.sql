-- Patient $1's timeline: newest entry first, the versions of an entry together, the
-- current (newest) version first. Keyset: entries after ($2 original_id, $3 id) in that
-- order; $4 limit; $5 only this kind (NULL for all); $6 false for the patient's own
-- summary, which leaves out every private note and any note version a later version
-- made private.
SELECT d.id, d.patient_id, d.kind, d.original_id, d.amends_id, d.amendment_reason, d.superseded_by,
       d.author_user_id, d.author_name, d.doctor_id, d.clinic_id, d.clinic_name, d.appointment_id, d.created_at,
       d.code, d.code_description, d.chronic, d.status, d.text, d.description, d.dose, d.frequency, d.start_date,
       d.end_date, d.diagnosis_id, d.follow_up_days, d.private, d.substance, d.reaction, d.severity
FROM record_entry_details d
WHERE d.patient_id = $1
  AND (d.original_id, d.id) < ($2, $3)
  AND ($5::text IS NULL OR d.kind = $5)
  AND ($6 OR d.kind <> 'note' OR NOT (d.private OR EXISTS (
        SELECT 1 FROM record_entries later
        WHERE later.original_id = d.original_id AND later.id > d.id AND later.private)))
ORDER BY d.original_id DESC, d.id DESC
LIMIT $4
