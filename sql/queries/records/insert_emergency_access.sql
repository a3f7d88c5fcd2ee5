-- Opens patient $1's record to doctor $3 (user $2) for $5 hours, for reason $4.
INSERT INTO emergency_accesses (patient_id, user_id, doctor_id, reason, expires_at)
VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))
RETURNING id
