#!/usr/bin/env bash
# Booking: the API (POST /api/v1/appointments, signed in as a secretary, through wrk)
# beside the bare INSERT it runs (bench/booking_insert.sql, same
# columns and exclusion constraints, through pgbench), in one run. Every request books a
# distinct valid slot: 64 doctors, rooms and patients, 15-minute slots, API and SQL in
# separate time ranges. Prints throughput, p50 and p99 of each, the ratio and the
# server's peak RSS.
# Usage: bench/booking.sh [seconds] [connections] [server pool size]   env: REPORT_TRIGGERS=off
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/fixture.sh
source bench/fixture.sh
# REPORT_TRIGGERS=off measures the same build without the report rollups' triggers.
if [ "${REPORT_TRIGGERS:-on}" = off ]; then
  psql_ "ALTER TABLE appointments DISABLE TRIGGER appointments_report_rollups;
         ALTER TABLE appointments DISABLE TRIGGER appointments_report_rollups_update;
         ALTER TABLE appointments DISABLE TRIGGER appointments_report_visits;
         ALTER TABLE appointments DISABLE TRIGGER appointments_report_visits_update"
fi
read -r clinic practice secretary first_doctor first_room first_patient contiguous <<<"$(psql_ "
  SELECT (SELECT id FROM clinics), (SELECT id FROM practices), (SELECT id FROM users WHERE username = 'bench'),
         (SELECT min(id) FROM doctors), (SELECT min(id) FROM rooms), (SELECT min(id) FROM patients),
         (SELECT max(id) - min(id) + 1 = $n FROM doctors) AND (SELECT max(id) - min(id) + 1 = $n FROM rooms)
           AND (SELECT max(id) - min(id) + 1 = $n FROM patients)" | tr '|' ' ')"
[ "$contiguous" = t ] || { echo "fixture ids are not contiguous" >&2; exit 1; }

HEALTHPULSE_PORT=$http_port HEALTHPULSE_LISTEN_ADDRESS=127.0.0.1 HEALTHPULSE_LOG_LEVEL=warn \
  HEALTHPULSE_DB_POOL_SIZE=$pool "$bin" serve >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$http_port/healthz" >/dev/null && break; sleep 0.1; done
token=$(curl -sf "http://127.0.0.1:$http_port/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"username\":\"bench\",\"password\":\"$password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
[ -n "$token" ] || { echo "login failed" >&2; cat "$tmp/server.log" >&2; exit 1; }

# The API books from tomorrow (UTC) on; each wrk run starts on a fresh day range.
tomorrow=$(( ($(date -u +%s) / 86400 + 1) * 86400 ))
wrk_run() {  # wrk_run DURATION BASE_EPOCH
  TOKEN=$token N=$n FIRST_DOCTOR=$first_doctor FIRST_ROOM=$first_room FIRST_PATIENT=$first_patient \
    PRACTICE=$practice BASE=$2 THREADS=$threads \
    wrk -t"$threads" -c"$connections" -d"$1" -s bench/booking.lua "http://127.0.0.1:$http_port"
}
echo "warming up..."
wrk_run 2s "$tomorrow" >/dev/null
rss_sampling_start
wrk_run "${seconds}s" $((tomorrow + 3650 * 86400)) >"$tmp/wrk.out"
rss_sampling_stop
grep BOOKING_ERROR "$tmp/wrk.out" || true
read -r _ api_rps api_p50 api_p99 api_errors <<<"$(grep API_RESULT "$tmp/wrk.out")"
api_booked=$(psql_ "SELECT count(*) FROM appointments WHERE starts_at >= to_timestamp($((tomorrow + 3650 * 86400)))")

# The bare SQL: the server's own INSERT, its parameters filled in per transaction. pgbench
# variables live per client across transactions, so :n counts each client's bookings and
# k = n * clients + client_id numbers them all without a round trip. Its slots start
# twenty years out, clear of the API's.
sql_base=$((tomorrow + 7300 * 86400))
{
  echo "\\set n :n + 1"
  echo "\\set k :n * $connections + :client_id"
  echo "\\set i :k % $n"
  echo "\\set patient $first_patient + :i"
  echo "\\set doctor $first_doctor + :i"
  echo "\\set room $first_room + :i"
  echo "\\set minutes (:k / $n) * 15"
  grep -v '^ *--' bench/booking_insert.sql | sed -E \
    -e 's/\$1\b/:patient/; s/\$2\b/:doctor/; s/\$3\b/:room/' \
    -e "s/\\\$4\b/$practice/; s/\\\$5\b/$clinic/; s/\\\$8\b/$secretary/" \
    -e "s/\\\$6\b/to_timestamp($sql_base) + make_interval(mins => :minutes)/" \
    -e "s/\\\$7\b/to_timestamp($sql_base) + make_interval(mins => :minutes + 15)/"
  echo ";"
} >"$tmp/insert.sql"
(cd "$tmp" && "$pg_bin/pgbench" -n -M "$pgbench_mode" -c "$connections" -j "$threads" -T "$seconds" -l -D n=-1 \
  -f insert.sql "$HEALTHPULSE_DATABASE_URL" >pgbench.out 2>&1) || { cat "$tmp/pgbench.out" >&2; exit 1; }
sql_rps=$(grep -oE 'tps = [0-9.]+' "$tmp/pgbench.out" | grep -oE '[0-9.]+' | head -1)
sql_failed=$(grep -oE 'number of failed transactions: [0-9]+' "$tmp/pgbench.out" | grep -oE '[0-9]+$' || echo 0)
# pgbench's log: one line per transaction, latency in microseconds in column 3.
sort -n -k3 "$tmp"/pgbench_log.* | awk '{l[NR]=$3} END {printf "%.3f %.3f\n", l[int(NR*0.5)]/1000, l[int(NR*0.99)]/1000}' >"$tmp/pct"
read -r sql_p50 sql_p99 <"$tmp/pct"
sql_booked=$(psql_ "SELECT count(*) FROM appointments WHERE starts_at >= to_timestamp($sql_base)")

printf "\nbooking, %s connections, %s s each, server pool %s, %s doctors/rooms/patients, pgbench -M %s\n" \
  "$connections" "$seconds" "$pool" "$n" "$pgbench_mode"
printf "%-10s %12s %10s %10s %10s\n" "" "req/s" "p50 ms" "p99 ms" "booked"
printf "%-10s %12.0f %10.3f %10.3f %10s\n" "API" "$api_rps" "$api_p50" "$api_p99" "$api_booked"
printf "%-10s %12.0f %10.3f %10.3f %10s\n" "bare SQL" "$sql_rps" "$sql_p50" "$sql_p99" "$sql_booked"
awk -v a="$api_rps" -v s="$sql_rps" -v ap="$api_p50" -v sp="$sql_p50" \
  'BEGIN {printf "ratio API/bare SQL: throughput %.2f (target >= 0.9), p50 latency %.2fx\n", a/s, ap/sp}'
print_rss
[ "$api_errors" = 0 ] || echo "WARNING: $api_errors API requests failed or answered other than 201"
[ "$sql_failed" = 0 ] || echo "WARNING: $sql_failed bare SQL transactions failed"
