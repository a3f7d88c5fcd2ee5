-- NULL keeps a column; $4 says whether the license is being set. $1 id, $2 specialty,
-- $3 license, $4 set_license. Returns the doctor's user id.
UPDATE doctors SET
  specialty = coalesce($2, specialty),
  license_number = CASE WHEN $4 THEN $3 ELSE license_number END
WHERE id = $1
RETURNING user_id
