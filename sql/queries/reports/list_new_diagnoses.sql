-- Patients newly diagnosed with each chronic condition (the first diagnosis of it in
-- their record) over local days $1..$2 (inclusive), by the period bucket $4 ('day',
-- 'week' starting Monday, 'month'), counted at the clinic of that first diagnosis; $3
-- clinic ids, comma-separated (NULL: every clinic). From report_patient_conditions.
SELECT date_trunc($4::text, c.first_on)::date AS period, c.condition_code AS code, count(*) AS count
FROM report_patient_conditions c
WHERE c.first_on BETWEEN $1::date AND $2::date
  AND ($3::text IS NULL OR c.first_clinic_id = ANY (string_to_array($3::text, ',')::bigint[]))
GROUP BY 1, 2
ORDER BY 1, 2
