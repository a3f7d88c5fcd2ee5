-- $1 appointment, $2 actor, $3 kind, $4 from, $5 to, $6 reason, $7 details (JSON)
INSERT INTO appointment_events (appointment_id, actor_user_id, kind, from_status, to_status, reason, details)
VALUES ($1, $2, $3, $4::appointment_status, $5::appointment_status, $6, $7::jsonb)
