-- True when caller ($2 role, $3 user id) may read the SMS inbox of clinic $1: admins any
-- clinic that exists, secretaries the clinics they work at.
SELECT CASE $2
  WHEN 'admin' THEN EXISTS (SELECT 1 FROM clinics WHERE id = $1)
  WHEN 'secretary' THEN EXISTS (SELECT 1 FROM user_clinics WHERE user_id = $3 AND clinic_id = $1)
  ELSE false
END AS visible
