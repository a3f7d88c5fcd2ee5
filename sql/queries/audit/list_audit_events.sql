-- Newest first, keyset by id. $1 before_id, $2 limit, $3 actor, $4 patient, $5 action,
-- $6 from, $7 to (each NULL for no filter). The names beside the ids are the actor's, the
-- patient's, and the object's for users and clinics, as they are now.
SELECT e.id, rfc3339(e.occurred_at) AS occurred_at, e.actor_user_id, e.actor_username, e.action, e.object_type,
       e.object_id, e.patient_id, e.emergency, e.details::text AS details,
       actor.full_name AS actor_name, actor.role::text AS actor_role,
       CASE WHEN p.id IS NULL THEN NULL ELSE p.first_name || ' ' || p.last_name END AS patient_name,
       COALESCE(object_user.full_name, object_clinic.name) AS object_name
FROM audit_events e
LEFT JOIN users actor ON actor.id = e.actor_user_id
LEFT JOIN patients p ON p.id = e.patient_id
LEFT JOIN users object_user ON e.object_type = 'user' AND object_user.id = e.object_id
LEFT JOIN clinics object_clinic ON e.object_type = 'clinic' AND object_clinic.id = e.object_id
WHERE e.id < $1
  AND ($3::bigint IS NULL OR e.actor_user_id = $3)
  AND ($4::bigint IS NULL OR e.patient_id = $4)
  AND ($5::text IS NULL OR e.action = $5)
  AND ($6::timestamptz IS NULL OR e.occurred_at >= $6)
  AND ($7::timestamptz IS NULL OR e.occurred_at < $7)
ORDER BY e.id DESC
LIMIT $2
