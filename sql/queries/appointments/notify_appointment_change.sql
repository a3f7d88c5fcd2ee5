-- Tells every server's live streams about a change to appointment $1 ($2: created,
-- status or rescheduled). Sent by PostgreSQL only if the transaction commits. The payload
-- carries ids and times, never names: clients refetch what they may see.
SELECT pg_notify('healthpulse_events', json_build_object(
         'type', 'appointment.' || $2::text,
         'appointment_id', a.id,
         'clinic_id', a.clinic_id,
         'doctor_id', a.doctor_id,
         'room_id', a.room_id,
         'status', a.status,
         'start', rfc3339(a.starts_at),
         'end', rfc3339(a.ends_at),
         'doctor_user_id', d.user_id,
         'patient_user_id', p.user_id)::text)
FROM appointments a JOIN doctors d ON d.id = a.doctor_id JOIN patients p ON p.id = a.patient_id
WHERE a.id = $1
