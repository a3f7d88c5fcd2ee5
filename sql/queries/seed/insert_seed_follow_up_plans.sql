-- The follow-up plans the records service would have made for the seeded treatments: one
-- per treatment whose current version has follow_up_days and has not ended (as
-- FollowUpRepository::FollowTreatment), due follow_up_days after max(start, today), made
-- by the treatment's author.
INSERT INTO follow_up_plans (patient_id, treatment_id, diagnosis_id, interval_days, next_due_on, created_by)
SELECT e.patient_id, e.original_id, e.diagnosis_id, e.follow_up_days,
       GREATEST(e.start_date, current_date) + e.follow_up_days, e.author_user_id
FROM record_entries e
WHERE e.kind = 'treatment' AND e.follow_up_days IS NOT NULL
  AND (e.end_date IS NULL OR e.end_date > current_date)
  AND NOT EXISTS (SELECT 1 FROM record_entries n WHERE n.amends_id = e.id)
ON CONFLICT (treatment_id) DO NOTHING
