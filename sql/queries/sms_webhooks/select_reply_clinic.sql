SELECT name, coalesce(phone, '') FROM clinics WHERE id = $1
