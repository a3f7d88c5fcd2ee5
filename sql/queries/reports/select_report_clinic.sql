-- Whether a clinic exists. $1 clinic id
SELECT EXISTS (SELECT 1 FROM clinics WHERE id = $1) AS found
