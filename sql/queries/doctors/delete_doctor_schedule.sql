DELETE FROM doctor_schedule_blocks WHERE doctor_id = $1
