-- Population health by a plain GROUP BY over the base tables (bench/reports.sh): the
-- patients seen in the period by age band and sex, and those of them with each chronic
-- condition (list_population_groups.sql reads the per-patient rollups).
WITH seen AS (
  SELECT DISTINCT a.patient_id
  FROM appointments a JOIN clinics c ON c.id = a.clinic_id
  WHERE a.status IN ('waiting', 'in_progress', 'finished')
    AND (a.starts_at AT TIME ZONE c.timezone)::date BETWEEN :from::date AND :to::date
), conditions AS (
  SELECT DISTINCT cur.patient_id, report_condition_of(cur.code) AS code
  FROM record_entries cur
  WHERE cur.kind = 'diagnosis' AND cur.status = 'active'
    AND NOT EXISTS (SELECT 1 FROM record_entries n WHERE n.amends_id = cur.id)
)
SELECT least(extract(year FROM age(:to::date, p.birth_date))::integer / 5, 17) AS band, p.sex, c.code, count(*)
FROM seen s JOIN patients p ON p.id = s.patient_id LEFT JOIN conditions c ON c.patient_id = s.patient_id
GROUP BY 1, 2, 3;
