-- $1 clinic, $2 weekday, $3 opens "HH:MM", $4 closes "HH:MM"
INSERT INTO clinic_hours (clinic_id, weekday, opens, closes) VALUES ($1, $2, $3::time, $4::time)
