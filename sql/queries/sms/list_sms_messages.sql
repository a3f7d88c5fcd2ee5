-- Messages the caller (role $5, user $6) may see: of patients visible to them
-- (patient_visible_to, the one rule), filtered by patient $1, status $2, kind $3 and
-- clinic $4 when given; newest first, $8 + 1 rows after cursor id $7 (see MakePage).
SELECT m.id, m.patient_id, m.clinic_id, m.appointment_id, m.plan_id, m.kind, m."to", m.body, m.status,
       m.provider_sid, m.error_code, m.attempts,
       to_char(m.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS due_at,
       to_char(m.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS sent_at,
       to_char(m.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at
FROM sms_messages m
WHERE ($1::bigint IS NULL OR m.patient_id = $1)
  AND ($2::text IS NULL OR m.status = $2)
  AND ($3::text IS NULL OR m.kind = $3)
  AND ($4::bigint IS NULL OR m.clinic_id = $4)
  AND ($7::bigint IS NULL OR m.id < $7)
  AND m.patient_id IS NOT NULL
  AND patient_visible_to(m.patient_id, $5::text, $6::bigint)
ORDER BY m.id DESC
LIMIT $8::integer + 1
