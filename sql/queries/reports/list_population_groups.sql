-- Population health over local days $1..$2 (inclusive); $3 clinic ids, comma-separated
-- (NULL: every clinic). From report_patient_visits (with each patient's birth date and
-- sex, migration 0016) and report_patient_conditions, one row per patient seen, never
-- the appointments or the patients.
-- Each row counts patients: clinic_id NULL for the network (a patient seen at two
-- clinics once), else that clinic's; band = age at $2 in five-year bands (0 = 0-4 ..
-- 17 = 85+, NULL when the birth date is unknown); code NULL for everyone seen, else
-- those of them with that condition diagnosed on or before $2.
WITH seen AS MATERIALIZED (
  SELECT v.patient_id, v.clinic_id, v.sex,
         CASE WHEN v.birth_date IS NOT NULL AND v.birth_date <= $2::date
              THEN least(extract(year FROM age($2::date, v.birth_date))::integer / 5, 17) END AS band
  FROM report_patient_visits v
  WHERE v.visit_days && daterange($1::date, $2::date, '[]')
    AND ($3::text IS NULL OR v.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
), counted AS MATERIALIZED (
  SELECT s.clinic_id, s.band, s.sex, s.patient_id FROM seen s
  UNION ALL
  SELECT DISTINCT ON (s.patient_id) NULL::bigint, s.band, s.sex, s.patient_id FROM seen s
)
SELECT x.clinic_id, x.band, x.sex, NULL::text AS code, count(*) AS patients
FROM counted x GROUP BY x.clinic_id, x.band, x.sex
UNION ALL
SELECT x.clinic_id, x.band, x.sex, pc.condition_code, count(*)
FROM counted x JOIN report_patient_conditions pc ON pc.patient_id = x.patient_id AND pc.first_on <= $2::date
GROUP BY x.clinic_id, x.band, x.sex, pc.condition_code
ORDER BY 1 NULLS FIRST, 2 NULLS LAST, 3 NULLS LAST, 4 NULLS FIRST
