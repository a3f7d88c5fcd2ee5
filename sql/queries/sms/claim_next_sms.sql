-- The oldest pending message whose time has come at $1, locked for this worker (SKIP
-- LOCKED: concurrent workers take different rows; sms_messages_ready_idx), with what
-- the send-time checks need: the clinic's zone, the patient's consent now, and for a
-- reminder whether its turno is still live and when it starts.
SELECT m.id, m.kind, m."to", m.body, m.attempts, m.needs_lookup, m.patient_id,
       (extract(epoch FROM m.due_at) * 1000)::bigint AS due_at_ms,
       (extract(epoch FROM coalesce(m.claimed_at, m.due_at)) * 1000)::bigint AS claimed_at_ms,
       coalesce(c.timezone, 'America/Argentina/Buenos_Aires') AS timezone,
       coalesce(p.sms_consent, false) AS consent,
       (extract(epoch FROM a.starts_at) * 1000)::bigint AS appointment_starts_at_ms,
       coalesce(a.status IN ('registered', 'confirmed'), false) AS appointment_live
FROM sms_messages m
LEFT JOIN clinics c ON c.id = m.clinic_id
LEFT JOIN patients p ON p.id = m.patient_id
LEFT JOIN appointments a ON a.id = m.appointment_id
WHERE m.status = 'pending' AND m.next_attempt_at <= $1::timestamptz
ORDER BY m.next_attempt_at, m.id
LIMIT 1
FOR UPDATE OF m SKIP LOCKED
