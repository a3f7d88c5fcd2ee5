-- "Today" for the care gaps of the clinics $1 (comma-separated ids, NULL: every clinic)
-- at the moment $2 (UTC seconds): the local date in their time zones, the earliest
-- when they differ (a plan is overdue once it is overdue at every clinic in scope); the
-- UTC date when there is no clinic in scope.
SELECT coalesce(min((to_timestamp($2::bigint) AT TIME ZONE c.timezone)::date),
                (to_timestamp($2::bigint) AT TIME ZONE 'UTC')::date)::text AS today
FROM clinics c
WHERE $1::text IS NULL OR c.id = ANY (string_to_array($1::text, ',')::bigint[])
