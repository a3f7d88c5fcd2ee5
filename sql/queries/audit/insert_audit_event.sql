-- id, time and hashes are filled in by the audit_events_chain trigger.
INSERT INTO audit_events (actor_user_id, actor_username, action, object_type, object_id, patient_id, emergency, details)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
