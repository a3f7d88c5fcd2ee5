-- A new entry or, with $6 amends_id, a new version of one (the record_entries_link
-- trigger sets original_id). $1 patient, $2 kind, $3 author user, $4 doctor, $5 clinic,
-- $6 amends_id, $7 amendment_reason, $8 appointment, then the content columns.
INSERT INTO record_entries (patient_id, kind, author_user_id, doctor_id, clinic_id, amends_id, amendment_reason,
                            appointment_id, code, chronic, status, text, description, dose, frequency, start_date,
                            end_date, diagnosis_id, follow_up_days, private, substance, reaction, severity)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::date, $17::date, $18, $19, $20, $21,
        $22, $23)
RETURNING id
