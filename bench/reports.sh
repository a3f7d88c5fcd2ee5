#!/usr/bin/env bash
# Reports over the whole network's history: the three reports through the API (wrk, as
# the admin, every clinic, the last DAYS days) at 1 and 8 connections, beside the same
# figures computed by a plain GROUP BY over the base tables (pgbench -M prepared) and
# the rollup queries the server runs (pgbench -M prepared, bench/reports_*.sql). Seeds
# a throwaway cluster with `healthpulse seed --appointment-days-back DAYS` first (five
# years, ~5 M turnos, take long on two shared cores; DAYS=365 is the quick run).
# Two servers answer side by side: one as deployed (a long period's figures kept 30 s,
# HEALTHPULSE_REPORT_CACHE_SECONDS) and one that computes every request (cache 0).
# Usage: bench/reports.sh [seconds per run]   env: DAYS (1825), BIN (build/release/healthpulse),
#   CLUSTER=DIR keeps the seeded cluster in DIR and reuses it on the next run (migrated by
#   BIN first, seeded only when empty), as five years take many minutes to seed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
days=${DAYS:-1825}
bin=${BIN:-build/release/healthpulse}
pg_bin=/usr/lib/postgresql/15/bin
tmp=$(mktemp -d /tmp/healthpulse-reports.XXXXXX)
chmod 755 "$tmp"
pg_port=$((20000 + RANDOM % 20000))
pg_dir=${CLUSTER:-$tmp/pg}
http_port=$((40000 + RANDOM % 10000))
servers=()
cleanup() {
  for server in "${servers[@]}"; do kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null; done
  scripts/pg.sh stop "$pg_dir"
  rm -rf "$tmp"
}
trap cleanup EXIT

HEALTHPULSE_PG_FSYNC=off scripts/pg.sh start "$pg_dir" "$pg_port" >/dev/null
export HEALTHPULSE_DATABASE_URL="host=$pg_dir/run port=$pg_port user=healthpulse dbname=healthpulse"
psql_() { "$pg_bin/psql" "$HEALTHPULSE_DATABASE_URL" -v ON_ERROR_STOP=1 -qtAc "$1"; }
"$bin" migrate >/dev/null
if [ "$(psql_ "SELECT EXISTS (SELECT FROM users)")" = t ]; then
  echo "reusing the seeded cluster in $pg_dir"
else
  started=$(date +%s)
  "$bin" seed --appointment-days-back "$days" --event-days-back "$days" >"$tmp/seed.log" 2>&1 \
    || { cat "$tmp/seed.log" >&2; exit 1; }
  echo "seeded $days days in $(( $(date +%s) - started )) s"
  grep -E '\([0-9.]+ s\)' "$tmp/seed.log" | tail -n 4 || true
fi
echo "$(psql_ "SELECT count(*) FROM appointments") turnos, $(psql_ "SELECT count(*) FROM appointment_events") events," \
  "$(psql_ "SELECT count(*) FROM record_entries") record entries"

# start_server PORT CACHE_SECONDS
start_server() {
  HEALTHPULSE_PORT=$1 HEALTHPULSE_LISTEN_ADDRESS=127.0.0.1 HEALTHPULSE_LOG_LEVEL=warn HEALTHPULSE_WORKER=off \
    HEALTHPULSE_REPORT_CACHE_SECONDS=$2 "$bin" serve >"$tmp/server-$1.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && break; sleep 0.1; done
}
start_server "$http_port" 30
start_server "$((http_port + 1))" 0
token=$(curl -sf "http://127.0.0.1:$http_port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"username":"admin","password":"healthpulse"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
[ -n "$token" ] || { echo "login failed" >&2; cat "$tmp"/server-*.log >&2; exit 1; }

to=$(date -u +%F)
from=$(date -u -d "$to - $((days - 1)) days" +%F)

# pgbench_run FILE CLIENTS: "tps p50_ms p99_ms" from pgbench's per-transaction log.
pgbench_run() {
  rm -f "$tmp"/pgbench_log.*
  (cd "$tmp" && "$pg_bin/pgbench" -n -M prepared -c "$2" -j "$(( $2 < 2 ? 1 : 2 ))" -T "$seconds" -l \
    -D from="$from" -D to="$to" -f "$1" "$HEALTHPULSE_DATABASE_URL" >pgbench.out 2>&1) \
    || { cat "$tmp/pgbench.out" >&2; exit 1; }
  local tps
  tps=$(grep -oE 'tps = [0-9.]+' "$tmp/pgbench.out" | grep -oE '[0-9.]+' | head -1)
  sort -n -k3 "$tmp"/pgbench_log.* | awk -v tps="$tps" \
    '{l[NR]=$3} END {printf "%s %.1f %.1f\n", tps, l[int(NR*0.5)+1]/1000, l[int(NR*0.99)+1]/1000}'
}

# The server's rollup query of each report (its main statement), parameters filled in.
rollup_sql() {  # rollup_sql QUERY EXTRA_PARAMS
  local sql
  sql=$(grep -v '^ *--' "sql/queries/reports/$1.sql")
  sql=${sql//\$1::date/:from::date}
  sql=${sql//\$2::date/:to::date}
  sql=${sql//\$3::text/NULL::text}
  sql=${sql//\$4::bigint/NULL::bigint}
  sql=${sql//\$4::text/\'month\'::text}
  # As the server runs it: report transactions SET LOCAL jit = off.
  printf 'SET jit = off;\n%s;\n' "$sql" >"$tmp/$1.sql"
  echo "$tmp/$1.sql"
}

printf "\nreports over %s days (%s..%s), every clinic, %s s per run\n" "$days" "$from" "$to" "$seconds"
printf "%-20s %-22s %5s %10s %10s %10s\n" report path conns "req/s" "p50 ms" "p99 ms"
for report in doctor-performance room-occupancy population-health; do
  for port_label in "$http_port:API (kept 30 s)" "$((http_port + 1)):API (no cache)"; do
    for c in 1 8; do
      read -r _ rps p50 p99 errors < <(TOKEN=$token GET_PATH="/api/v1/reports/$report?from=$from&to=$to" \
        wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${seconds}s" --timeout 30s -s bench/get.lua \
        "http://127.0.0.1:${port_label%%:*}" | grep API_RESULT)
      printf "%-20s %-22s %5s %10s %10s %10s%s\n" "$report" "${port_label#*:}" "$c" "$rps" "$p50" "$p99" \
        "$([ "$errors" = 0 ] || echo "  $errors errors")"
    done
  done
  case $report in
    doctor-performance) files="$(rollup_sql list_doctor_performance) bench/reports_doctor_performance.sql" ;;
    room-occupancy) files="$(rollup_sql list_room_occupancy) bench/reports_room_occupancy.sql" ;;
    population-health) files="$(rollup_sql list_population_groups) bench/reports_population_health.sql" ;;
  esac
  for file in $files; do
    label=$([[ $file == bench/* ]] && echo "GROUP BY base tables" || echo "rollup SQL")
    for c in 1 8; do
      read -r tps p50 p99 < <(pgbench_run "$(realpath "$file")" "$c")
      printf "%-20s %-22s %5s %10.1f %10s %10s\n" "$report" "$label" "$c" "$tps" "$p50" "$p99"
    done
  done
done
