-- The reminders of one scheduler batch ($1: a JSON array of {appointment_id,
-- patient_id, clinic_id, to, body, due_at}). The unique index sms_messages_reminder_key
-- (one reminder per appointment) makes concurrent or repeated passes write each once.
INSERT INTO sms_messages (patient_id, clinic_id, appointment_id, kind, "to", body, due_at, next_attempt_at)
SELECT x.patient_id, x.clinic_id, x.appointment_id, 'appointment_reminder', x."to", x.body, x.due_at, x.due_at
FROM jsonb_to_recordset($1::jsonb)
  AS x(appointment_id bigint, patient_id bigint, clinic_id bigint, "to" text, body text, due_at timestamptz)
ON CONFLICT DO NOTHING
RETURNING id
