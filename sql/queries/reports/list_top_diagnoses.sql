-- The diagnoses recorded over local days $1..$2 (inclusive), most frequent first; $3
-- clinic ids, comma-separated (NULL: every clinic); at most $4 codes. The period's whole
-- months come from report_diagnosis_monthly, its other days (before the first whole
-- month, and from the month after the last one on) from report_diagnosis_daily, each edge
-- as a range of days the index on `day` finds (migrations 0011, 0023). Codes are named
-- after they are counted.
WITH counts AS (
  SELECT m.code, m.diagnoses
  FROM report_diagnosis_monthly m
  WHERE m.month >= report_full_months_from($1::date) AND m.month < report_full_months_to($2::date)
    AND ($3::text IS NULL OR m.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  UNION ALL
  SELECT d.code, d.diagnoses
  FROM report_diagnosis_daily d
  WHERE d.day >= $1::date AND d.day < least(report_full_months_from($1::date), $2::date + 1)
    AND ($3::text IS NULL OR d.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
  UNION ALL
  SELECT d.code, d.diagnoses
  FROM report_diagnosis_daily d
  WHERE d.day >= greatest(report_full_months_to($2::date), report_full_months_from($1::date)) AND d.day <= $2::date
    AND ($3::text IS NULL OR d.clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
), top AS (
  SELECT c.code, sum(c.diagnoses) AS count
  FROM counts c
  GROUP BY c.code
  HAVING sum(c.diagnoses) > 0
  ORDER BY sum(c.diagnoses) DESC, c.code
  LIMIT $4
)
SELECT t.code, coalesce(i.description, t.code) AS name, t.count
FROM top t LEFT JOIN icd10_codes i ON i.code = t.code
ORDER BY t.count DESC, t.code
