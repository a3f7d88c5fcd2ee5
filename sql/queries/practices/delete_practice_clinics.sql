DELETE FROM practice_clinics WHERE practice_id = $1
