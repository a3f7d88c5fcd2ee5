-- How many days lie between two timestamps ($1 from, $2 to).
SELECT extract(epoch FROM ($2::timestamptz - $1::timestamptz)) / 86400
