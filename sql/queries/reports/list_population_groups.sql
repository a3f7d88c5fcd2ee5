-- Population health over local days $1..$2 (inclusive); $3 clinic ids, comma-separated
-- (NULL: every clinic). From report_patient_visits and report_patient_conditions
-- (migration 0011), one row per patient seen, never the appointments.
-- Each row counts patients: clinic_id NULL for the network (a patient seen at two
-- clinics once), else that clinic's; band = age at $2 in five-year bands (0 = 0-4 ..
-- 17 = 85+, NULL when the birth date is unknown); code NULL for everyone seen, else
-- those of them with that condition diagnosed on or before $2.
WITH seen AS MATERIALIZED (
  SELECT v.patient_id, v.clinic_id
  FROM report_patient_visits v
  WHERE v.visit_days && daterange($1::date, $2::date, '[]')
    AND ($3::text IS NULL OR v.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
), people AS MATERIALIZED (
  SELECT p.id AS patient_id, p.sex,
         CASE WHEN p.birth_date IS NOT NULL AND p.birth_date <= $2::date
              THEN least(extract(year FROM age($2::date, p.birth_date))::integer / 5, 17) END AS band
  FROM patients p
  WHERE p.id IN (SELECT patient_id FROM seen)
), conditions AS MATERIALIZED (
  SELECT c.patient_id, c.condition_code
  FROM report_patient_conditions c
  WHERE c.first_on <= $2::date AND c.patient_id IN (SELECT patient_id FROM seen)
)
SELECT NULL::bigint AS clinic_id, pe.band, pe.sex, NULL::text AS code, count(*) AS patients
FROM people pe GROUP BY pe.band, pe.sex
UNION ALL
SELECT NULL::bigint, pe.band, pe.sex, c.condition_code, count(*)
FROM people pe JOIN conditions c ON c.patient_id = pe.patient_id GROUP BY pe.band, pe.sex, c.condition_code
UNION ALL
SELECT s.clinic_id, pe.band, pe.sex, NULL::text, count(*)
FROM seen s JOIN people pe ON pe.patient_id = s.patient_id GROUP BY s.clinic_id, pe.band, pe.sex
UNION ALL
SELECT s.clinic_id, pe.band, pe.sex, c.condition_code, count(*)
FROM seen s JOIN people pe ON pe.patient_id = s.patient_id JOIN conditions c ON c.patient_id = s.patient_id
GROUP BY s.clinic_id, pe.band, pe.sex, c.condition_code
ORDER BY 1 NULLS FIRST, 2 NULLS LAST, 3 NULLS LAST, 4 NULLS FIRST
