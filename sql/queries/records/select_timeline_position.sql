-- Where entry $1 sits in patient $2's timeline (the keyset of list_record_timeline).
-- No row when it is not an entry of that patient.
SELECT e.original_id, e.id
FROM record_entries e
WHERE e.id = $1 AND e.patient_id = $2
