SELECT count(*) AS count FROM users
