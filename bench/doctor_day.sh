#!/usr/bin/env bash
# A doctor's day: the API (GET /api/v1/appointments?doctor_id=&from=&to=, signed in as a
# secretary, through wrk) beside the bare SELECT it runs (sql/queries/appointments/
# list_doctor_appointments.sql with its parameters filled in, through pgbench), in one run. The
# fixture: 64 doctors with 32 appointments a day each over a week (14,336 appointments);
# the day read holds 32. Prints throughput, p50 and p99 of each, the ratio and the
# server's peak RSS.
# Usage: bench/doctor_day.sh [seconds] [connections] [server pool size]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/fixture.sh
source bench/fixture.sh
# A week of appointments around tomorrow (UTC): every doctor 32 back-to-back 15-minute
# turnos a day from 08:00, in their own room, patients rotated so none overlaps.
tomorrow=$(( ($(date -u +%s) / 86400 + 1) * 86400 ))
"$pg_bin/psql" "$HEALTHPULSE_DATABASE_URL" -v ON_ERROR_STOP=1 -q <<SQL
WITH d AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM doctors),
     r AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM rooms),
     p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM patients)
INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, created_by)
SELECT p.id, d.id, r.id, (SELECT id FROM practices), (SELECT id FROM clinics),
       to_timestamp($tomorrow) + make_interval(days => day, mins => 480 + s * 15),
       to_timestamp($tomorrow) + make_interval(days => day, mins => 480 + s * 15 + 15),
       (SELECT id FROM users WHERE username = 'bench')
FROM d JOIN r ON r.i = d.i, generate_series(-3, 3) day, generate_series(0, 31) s
JOIN p ON true WHERE p.i = (d.i + s) % $n;
ANALYZE;
SQL
read -r secretary doctor <<<"$(psql_ "SELECT (SELECT id FROM users WHERE username = 'bench'), (SELECT min(id) FROM doctors)" | tr '|' ' ')"
day_from=$(date -u -d "@$tomorrow" +%Y-%m-%dT%H:%M:%SZ)
day_to=$(date -u -d "@$((tomorrow + 86400))" +%Y-%m-%dT%H:%M:%SZ)

HEALTHPULSE_PORT=$http_port HEALTHPULSE_LISTEN_ADDRESS=127.0.0.1 HEALTHPULSE_LOG_LEVEL=warn \
  HEALTHPULSE_DB_POOL_SIZE=$pool "$bin" serve >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$http_port/healthz" >/dev/null && break; sleep 0.1; done
token=$(curl -sf "http://127.0.0.1:$http_port/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"username\":\"bench\",\"password\":\"$password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
[ -n "$token" ] || { echo "login failed" >&2; cat "$tmp/server.log" >&2; exit 1; }
rows=$(curl -sf "http://127.0.0.1:$http_port/api/v1/appointments?doctor_id=$doctor&from=$day_from&to=$day_to" \
  -H "Authorization: Bearer $token" | grep -o '"patient_name"' | wc -l)
[ "$rows" = 32 ] || { echo "the API returned $rows appointments for the day, not 32" >&2; exit 1; }

wrk_run() {  # wrk_run DURATION
  TOKEN=$token GET_PATH="/api/v1/appointments?doctor_id=$doctor&from=$day_from&to=$day_to" \
    wrk -t"$threads" -c"$connections" -d"$1" -s bench/get.lua "http://127.0.0.1:$http_port"
}
echo "warming up..."
wrk_run 2s >/dev/null
rss_sampling_start
wrk_run "${seconds}s" >"$tmp/wrk.out"
rss_sampling_stop
grep GET_ERROR "$tmp/wrk.out" || true
read -r _ api_rps api_p50 api_p99 api_errors <<<"$(grep API_RESULT "$tmp/wrk.out")"

# The bare SQL: the server's own statement, its parameters filled in as the API call sets
# them: first page ($1 0), the default page size + 1 ($2 51), the doctor and the day, no
# other filter, the secretary as the caller.
grep -v '^ *--' sql/queries/appointments/list_doctor_appointments.sql | sed -E \
  -e "s/\\\$10\b/'secretary'/g; s/\\\$11\b/$secretary/g" \
  -e "s/\\\$1\b/0/g; s/\\\$2\b/51/g; s/\\\$3\b/$doctor/g; s/\\\$[4567]\b/NULL/g" \
  -e "s/\\\$8\b/'$day_from'/g; s/\\\$9\b/'$day_to'/g" >"$tmp/day.sql"
echo ";" >>"$tmp/day.sql"
sql_rows=$(psql_ "$(cat "$tmp/day.sql")" | wc -l)
[ "$sql_rows" = 32 ] || { echo "the bare SQL returned $sql_rows rows, not 32" >&2; exit 1; }
(cd "$tmp" && "$pg_bin/pgbench" -n -M "$pgbench_mode" -c "$connections" -j "$threads" -T "$seconds" -l \
  -f day.sql "$HEALTHPULSE_DATABASE_URL" >pgbench.out 2>&1) || { cat "$tmp/pgbench.out" >&2; exit 1; }
sql_rps=$(grep -oE 'tps = [0-9.]+' "$tmp/pgbench.out" | grep -oE '[0-9.]+' | head -1)
# pgbench's log: one line per transaction, latency in microseconds in column 3.
sort -n -k3 "$tmp"/pgbench_log.* | awk '{l[NR]=$3} END {printf "%.3f %.3f\n", l[int(NR*0.5)]/1000, l[int(NR*0.99)]/1000}' >"$tmp/pct"
read -r sql_p50 sql_p99 <"$tmp/pct"

printf "\na doctor's day (32 appointments), %s connections, %s s each, server pool %s, pgbench -M %s\n" \
  "$connections" "$seconds" "$pool" "$pgbench_mode"
printf "%-10s %12s %10s %10s\n" "" "req/s" "p50 ms" "p99 ms"
printf "%-10s %12.0f %10.3f %10.3f\n" "API" "$api_rps" "$api_p50" "$api_p99"
printf "%-10s %12.0f %10.3f %10.3f\n" "bare SQL" "$sql_rps" "$sql_p50" "$sql_p99"
awk -v a="$api_rps" -v s="$sql_rps" -v ap="$api_p50" -v sp="$sql_p50" \
  'BEGIN {printf "ratio API/bare SQL: throughput %.2f (target >= 0.5), p50 latency %.2fx\n", a/s, ap/sp}'
print_rss
[ "$api_errors" = 0 ] || echo "WARNING: $api_errors API requests failed or answered other than 200"
