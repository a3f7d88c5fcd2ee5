-- Free slots between $4 and $5 (never in the past): each doctor's weekly blocks, cut into
-- steps of the practice's duration (30 minutes without a practice), in the clinic's time
-- zone, minus the doctor's live appointments, each with a consulting room free for the
-- whole slot. $1 doctor or NULL, $2 practice or NULL (doctors of the practice's specialty
-- at clinics that offer it), $3 clinic or NULL, $6 at most this many slots.
-- Columns: start, end, doctor_id, clinic_id, room_id.
WITH step AS (
  SELECT coalesce((SELECT duration_minutes FROM practices WHERE id = $2), 30) AS minutes
), practice AS (
  SELECT id, search_key(specialty) AS specialty FROM practices WHERE id = $2 AND active
), candidates AS (
  SELECT d.id AS doctor_id, b.clinic_id,
         (day + make_interval(mins => m)) AT TIME ZONE c.timezone AS starts_at,
         (day + make_interval(mins => m + s.minutes)) AT TIME ZONE c.timezone AS ends_at
  FROM doctors d
  JOIN users u ON u.id = d.user_id AND u.active
  JOIN doctor_schedule_blocks b ON b.doctor_id = d.id
  JOIN clinics c ON c.id = b.clinic_id AND c.active
  CROSS JOIN step s
  CROSS JOIN LATERAL generate_series(date_trunc('day', greatest($4::timestamptz, now()) AT TIME ZONE c.timezone),
                                     $5::timestamptz AT TIME ZONE c.timezone, interval '1 day') day
  CROSS JOIN LATERAL generate_series(b.from_minute, b.to_minute - s.minutes, s.minutes) m
  WHERE ($1::bigint IS NULL OR d.id = $1)
    AND ($3::bigint IS NULL OR b.clinic_id = $3)
    AND extract(isodow FROM day) = b.weekday
    AND ($2::bigint IS NULL OR (
          EXISTS (SELECT 1 FROM practice_clinics pc WHERE pc.practice_id = $2 AND pc.clinic_id = b.clinic_id)
          AND EXISTS (SELECT 1 FROM practice p WHERE p.specialty = '' OR p.specialty = search_key(d.specialty))))
)
SELECT rfc3339(k.starts_at), rfc3339(k.ends_at), k.doctor_id, k.clinic_id, room.id
-- Sorted first (OFFSET 0 keeps it a separate step), so the overlap checks below run
-- lazily, slot by slot, only until enough free slots are found.
FROM (SELECT * FROM candidates
      WHERE starts_at >= greatest($4::timestamptz, now()) AND ends_at <= $5::timestamptz
      ORDER BY starts_at, doctor_id OFFSET 0) k
CROSS JOIN LATERAL (
  SELECT r.id FROM rooms r
  WHERE r.clinic_id = k.clinic_id AND r.active AND r.kind = 'consulting'
    AND NOT EXISTS (SELECT 1 FROM appointments a
                    WHERE a.room_id = r.id AND a.status NOT IN ('cancelled', 'no_show')
                      AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(k.starts_at, k.ends_at, '[)'))
  ORDER BY r.id
  LIMIT 1) room
WHERE NOT EXISTS (SELECT 1 FROM appointments a
                  WHERE a.doctor_id = k.doctor_id AND a.status NOT IN ('cancelled', 'no_show')
                    AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(k.starts_at, k.ends_at, '[)'))
LIMIT $6
