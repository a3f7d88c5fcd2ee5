SELECT clinic_id, weekday, from_minute, to_minute
FROM doctor_schedule_blocks
WHERE doctor_id = $1
ORDER BY weekday, from_minute
