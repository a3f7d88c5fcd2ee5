INSERT INTO doctor_schedule_blocks (doctor_id, clinic_id, weekday, from_minute, to_minute)
VALUES ($1, $2, $3, $4, $5)
