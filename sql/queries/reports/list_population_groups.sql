-- Population health over local days $1..$2 (inclusive); $3 clinic ids, comma-separated
-- (NULL: every clinic). From report_patient_visits (one row per patient × clinic seen)
-- and, for the whole network, report_patient_network (one row per patient), each with
-- the patient's birth date, sex and chronic conditions as a bit mask (migrations 0016,
-- 0020): never the appointments, the patients or a join per patient.
-- Each row counts patients: clinic_id NULL for the network (a patient seen at two
-- clinics once), else that clinic's; band = age at $2 in five-year bands (0 = 0-4 ..
-- 17 = 85+, NULL when the birth date is unknown); code NULL for everyone seen, else
-- those of them with that condition diagnosed on or before $2.
-- Seen: a visit day within $1..$2; most rows are decided by their first and last day
-- alone. The mask as of $2 is the stored one when the patient's conditions were all
-- recorded by then (any period ending today), else recomputed for that row.
WITH bounds AS MATERIALIZED (
  SELECT (extract(year FROM $2::date) * 10000 + extract(month FROM $2::date) * 100
          + extract(day FROM $2::date))::integer AS to_key
), seen AS NOT MATERIALIZED (  -- each reference scans (the second runs for clinic lists only)
  SELECT v.patient_id, v.clinic_id, v.sex,
         CASE WHEN v.birth_date <= $2::date THEN least((b.to_key - v.birth_key) / 50000, 17) END AS band,
         CASE WHEN v.conds_all_by IS NULL OR v.conds_all_by <= $2::date THEN v.cond_mask
              ELSE (SELECT m.mask FROM report_condition_mask(v.patient_id, $2::date) m) END AS mask
  FROM report_patient_visits v, bounds b
  WHERE v.first_day <= $2::date AND v.last_day >= $1::date
    AND (v.first_day >= $1::date OR v.last_day <= $2::date OR v.visit_days && daterange($1::date, $2::date, '[]'))
    AND ($3::text IS NULL OR v.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
), network AS (
  -- Every clinic: the network rows, one per patient.
  SELECT CASE WHEN n.birth_date <= $2::date THEN least((b.to_key - n.birth_key) / 50000, 17) END AS band, n.sex,
         CASE WHEN n.conds_all_by IS NULL OR n.conds_all_by <= $2::date THEN n.cond_mask
              ELSE (SELECT m.mask FROM report_condition_mask(n.patient_id, $2::date) m) END AS mask
  FROM report_patient_network n, bounds b
  WHERE $3::text IS NULL
    AND n.first_day <= $2::date AND n.last_day >= $1::date
    AND (n.first_day >= $1::date OR n.last_day <= $2::date OR n.visit_days && daterange($1::date, $2::date, '[]'))
  UNION ALL
  -- Some clinics: each patient once among their rows there.
  SELECT DISTINCT ON (s.patient_id) s.band, s.sex, s.mask FROM seen s WHERE $3::text IS NOT NULL
), counted AS MATERIALIZED (
  SELECT s.clinic_id, s.band, s.sex, s.mask, count(*) AS patients FROM seen s GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT NULL::bigint, n.band, n.sex, n.mask, count(*) FROM network n GROUP BY 2, 3, 4
)
SELECT x.clinic_id, x.band, x.sex, NULL::text AS code, sum(x.patients)::bigint AS patients
FROM counted x GROUP BY x.clinic_id, x.band, x.sex
UNION ALL
SELECT x.clinic_id, x.band, x.sex, rc.code, sum(x.patients)::bigint
FROM counted x JOIN report_conditions rc ON x.mask & (1 << (rc.position - 1)) <> 0
GROUP BY x.clinic_id, x.band, x.sex, rc.code
ORDER BY 1 NULLS FIRST, 2 NULLS LAST, 3 NULLS LAST, 4 NULLS FIRST
