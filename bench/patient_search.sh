#!/usr/bin/env bash
# Patient search on the demo data set (100,000 patients): the API (GET /api/v1/patients?q=,
# signed in as an admin, through wrk) beside the bare SQL statement it runs (through
# pgbench, same query mix, same number of connections), in one run. Prints throughput,
# p50 and p99 of each and the ratios. Usage: bench/patient_search.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-8}
bin=build/release/healthpulse
tmp=$(mktemp -d /tmp/healthpulse-bench.XXXXXX)
chmod 755 "$tmp"
pg_port=$((20000 + RANDOM % 20000))
http_port=$((40000 + RANDOM % 10000))
server=""
cleanup() {
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  scripts/pg.sh stop "$tmp/pg"
  rm -rf "$tmp"
}
trap cleanup EXIT

scripts/pg.sh start "$tmp/pg" "$pg_port" >/dev/null
export HEALTHPULSE_DATABASE_URL="host=$tmp/pg/run port=$pg_port user=healthpulse dbname=healthpulse"
"$bin" migrate >/dev/null
echo "seeding the demo network..."
"$bin" seed | tail -1
psql_() { /usr/lib/postgresql/15/bin/psql "$HEALTHPULSE_DATABASE_URL" -tAc "$1"; }
echo "patients: $(psql_ 'SELECT count(*) FROM patients')"
psql_ "ANALYZE" >/dev/null

HEALTHPULSE_PORT=$http_port HEALTHPULSE_LISTEN_ADDRESS=127.0.0.1 HEALTHPULSE_LOG_LEVEL=warn \
  HEALTHPULSE_DB_POOL_SIZE=$connections "$bin" serve >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$http_port/healthz" >/dev/null && break; sleep 0.1; done
token=$(curl -sf "http://127.0.0.1:$http_port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"username":"admin","password":"healthpulse"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')

# The bare SQL: the two statements the server runs (sql/queries/patients/search_patients_by_*),
# for the same mix of queries, picked at random like the API's round robin.
mapfile -t queries < bench/patient_queries.txt
names=() documents=()
for q in "${queries[@]}"; do
  if [[ $q =~ ^[0-9]+$ ]]; then documents+=("'$q'"); else names+=("'$q'"); fi
done
name_array="ARRAY[$(IFS=,; echo "${names[*]}")]"
document_array="ARRAY[$(IFS=,; echo "${documents[*]}")]"
# The server's own statement files with their parameters filled in: $1 first page, $2 the
# API's page size + 1, $3/$4 the admin, $5/$6 the query picked by \set.
fill() {
  grep -v '^ *--' "sql/queries/patients/$1.sql" | sed -E \
    -e 's/\$1\b/0/g; s/\$2\b/21/g; s/\$3\b/'"'admin'"'/g; s/\$4\b/1/g' \
    -e "s/\\\$5\b/$2/g; s/\\\$6\b/$3/g"
}
word="(SELECT w FROM unnest(string_to_array((${name_array})[:i], ' ')) w ORDER BY length(w) DESC LIMIT 1)"
{ echo "\\set i random(1, ${#names[@]})"; fill search_patients_by_name "$word" "(${name_array})[:i]"; echo ";"; } >"$tmp/names.sql"
{ echo "\\set i random(1, ${#documents[@]})"; fill search_patients_by_document "(${document_array})[:i]" "NULL"; echo ";"; } >"$tmp/documents.sql"
echo "warming up..."
QUERIES=bench/patient_queries.txt TOKEN=$token wrk -t2 -c"$connections" -d2s -s bench/patient_search.lua \
  "http://127.0.0.1:$http_port" >/dev/null
api=$(QUERIES=bench/patient_queries.txt TOKEN=$token wrk -t2 -c"$connections" -d"${seconds}s" \
  -s bench/patient_search.lua "http://127.0.0.1:$http_port" | grep API_RESULT)
read -r _ api_rps api_p50 api_p99 api_errors <<<"$api"

(cd "$tmp" && /usr/lib/postgresql/15/bin/pgbench -n -M simple -c "$connections" -j 2 -T "$seconds" -l \
  -f "names.sql@${#names[@]}" -f "documents.sql@${#documents[@]}" "$HEALTHPULSE_DATABASE_URL" >pgbench.out 2>&1)
sql_rps=$(grep -oE 'tps = [0-9.]+' "$tmp/pgbench.out" | grep -oE '[0-9.]+' | head -1)
# pgbench's log: one line per transaction, latency in microseconds in column 3.
sort -n -k3 "$tmp"/pgbench_log.* | awk '{l[NR]=$3} END {printf "%.3f %.3f\n", l[int(NR*0.5)]/1000, l[int(NR*0.99)]/1000}' >"$tmp/pct"
read -r sql_p50 sql_p99 <"$tmp/pct"

printf "\npatient search, %s connections, %s s each, query mix of %s (bench/patient_queries.txt)\n" \
  "$connections" "$seconds" "${#queries[@]}"
printf "%-10s %12s %10s %10s\n" "" "req/s" "p50 ms" "p99 ms"
printf "%-10s %12.0f %10.3f %10.3f\n" "API" "$api_rps" "$api_p50" "$api_p99"
printf "%-10s %12.0f %10.3f %10.3f\n" "bare SQL" "$sql_rps" "$sql_p50" "$sql_p99"
awk -v a="$api_rps" -v s="$sql_rps" -v ap="$api_p50" -v sp="$sql_p50" \
  'BEGIN {printf "ratio API/bare SQL: throughput %.2f, p50 latency %.2fx\n", a/s, ap/sp}'
[ "$api_errors" = 0 ] || echo "WARNING: $api_errors API errors"
