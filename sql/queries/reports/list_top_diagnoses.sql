-- The diagnoses recorded over local days $1..$2 (inclusive), most frequent first; $3
-- clinic ids, comma-separated (NULL: every clinic); at most $4 codes. The period's whole
-- months come from report_diagnosis_monthly, its other days from report_diagnosis_daily
-- (migration 0011).
WITH bounds AS (
  SELECT CASE WHEN $1::date = date_trunc('month', $1::date)::date THEN $1::date
              ELSE (date_trunc('month', $1::date) + interval '1 month')::date END AS full_from,
         date_trunc('month', $2::date + 1)::date AS full_to  -- exclusive
), counts AS (
  SELECT m.code, m.diagnoses
  FROM report_diagnosis_monthly m, bounds b
  WHERE m.month >= b.full_from AND m.month < b.full_to
    AND ($3::text IS NULL OR m.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  UNION ALL
  SELECT d.code, d.diagnoses
  FROM report_diagnosis_daily d, bounds b
  WHERE d.day BETWEEN $1::date AND $2::date AND NOT (d.day >= b.full_from AND d.day < b.full_to)
    AND ($3::text IS NULL OR d.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
)
SELECT c.code, coalesce(i.description, c.code) AS name, sum(c.diagnoses) AS count
FROM counts c LEFT JOIN icd10_codes i ON i.code = c.code
GROUP BY c.code, i.description
HAVING sum(c.diagnoses) > 0
ORDER BY sum(c.diagnoses) DESC, c.code
LIMIT $4
