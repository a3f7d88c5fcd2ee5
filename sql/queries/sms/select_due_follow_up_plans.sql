-- Active plans due (next_due_on on or before today in the clinic's zone) at instant $1,
-- oldest first (by date only, so the index streams and LIMIT stops the scan), at most $3, locked so that concurrent scheduler passes take different
-- plans (SKIP LOCKED). The clinic is the treatment's (else the patient's first); the
-- specialty that counts as "the control visit" is that of the treatment's doctor, else
-- of the plan's author when a doctor, else any. visit_booked: a live appointment of
-- that specialty from the start of the current period (due - interval) to the due date
-- plus $2 grace days. The first date bound is where it is latest on Earth, so the
-- partial index follow_up_plans_due_idx drives the scan.
SELECT fp.id AS plan_id, fp.patient_id, to_char(fp.next_due_on, 'YYYY-MM-DD') AS due_on, fp.interval_days,
       to_char(($1::timestamptz AT TIME ZONE z.timezone)::date, 'YYYY-MM-DD') AS local_today,
       p.first_name, coalesce(p.phone, '') AS phone, p.sms_consent,
       c.id AS clinic_id, coalesce(c.name, '') AS clinic_name, coalesce(c.phone, '') AS clinic_phone,
       fp.next_due_on::timestamp AT TIME ZONE z.timezone AS due_at,
       EXISTS (
         SELECT 1 FROM appointments a JOIN doctors d ON d.id = a.doctor_id
         WHERE a.patient_id = fp.patient_id
           AND a.status NOT IN ('cancelled', 'no_show')
           AND a.starts_at >= (fp.next_due_on - fp.interval_days)::timestamp AT TIME ZONE z.timezone
           AND a.starts_at < (fp.next_due_on + $2::integer)::timestamp AT TIME ZONE z.timezone
           AND (spec.specialty IS NULL OR d.specialty = spec.specialty)) AS visit_booked
FROM follow_up_plans fp
JOIN patients p ON p.id = fp.patient_id
LEFT JOIN record_entries t ON t.id = fp.treatment_id
LEFT JOIN LATERAL (
  SELECT coalesce(nullif((SELECT d.specialty FROM doctors d WHERE d.id = t.doctor_id), ''),
                  nullif((SELECT d.specialty FROM doctors d WHERE d.user_id = fp.created_by), '')) AS specialty
) spec ON true
LEFT JOIN clinics c ON c.id = coalesce(t.clinic_id,
                                       (SELECT min(pc.clinic_id) FROM patient_clinics pc WHERE pc.patient_id = fp.patient_id))
CROSS JOIN LATERAL (SELECT coalesce(c.timezone, 'America/Argentina/Buenos_Aires') AS timezone) z
WHERE fp.status = 'active'
  AND fp.next_due_on <= ($1::timestamptz AT TIME ZONE 'Pacific/Kiritimati')::date
  AND fp.next_due_on <= ($1::timestamptz AT TIME ZONE z.timezone)::date
ORDER BY fp.next_due_on
LIMIT $3::integer
FOR UPDATE OF fp SKIP LOCKED
