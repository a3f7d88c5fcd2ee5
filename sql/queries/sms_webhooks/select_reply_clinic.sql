SELECT name, coalesce(phone, '') AS phone FROM clinics WHERE id = $1
