-- Whether a condition code is one the reports count. $1 code ("E10-E14")
SELECT EXISTS (SELECT 1 FROM report_conditions WHERE code = $1) AS found
