-- Our answer to an inbound message, kept in the outbox as sent (Twilio delivers the
-- TwiML answer itself) so the conversation reads in order.
INSERT INTO sms_messages (patient_id, clinic_id, appointment_id, kind, "to", body, status, due_at,
                          next_attempt_at, sent_at)
VALUES ($1, $2, $3, 'reply', $4, $5, 'sent', now(), now(), now())
RETURNING id
