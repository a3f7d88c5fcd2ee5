-- How many patients list_care_gaps lists over every page: the same function, the same
-- parameters $1..$6 (clinics, condition, since, today, role, user).
SELECT count(*) AS count FROM care_gaps($1::text, $2::text, $3::date, $4::date, $5::text, $6::bigint)
