#!/usr/bin/env bash
# CIE-10 search as doctors type (bench/icd10_queries.txt: "di", "dia", ... "diabetes",
# "hta", "presion alta", codes) on the seeded demo network, whose record entries fill the
# usage counts that rank it: the API (GET /api/v1/icd10?q=, through wrk) beside the bare
# SQL statements it runs (sql/queries/icd10/search_icd10_by_{words,code}.sql, through
# pgbench, same mix and connections), plus each statement alone, one connection, for the
# latency one doctor sees. Prints throughput, p50 and p99 and the ratios.
# Usage: bench/icd10.sh [seconds] [connections]   (HEALTHPULSE_BIN: default the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-8}
bin=${HEALTHPULSE_BIN:-build/release/healthpulse}
pg_bin=/usr/lib/postgresql/15/bin
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
psql_() { "$pg_bin/psql" "$HEALTHPULSE_DATABASE_URL" -tAc "$1"; }
echo "diagnoses: $(psql_ "SELECT count(*) FROM record_entries WHERE kind = 'diagnosis'"), codes with uses: $(psql_ 'SELECT count(*) FROM icd10_usage')"
psql_ "ANALYZE" >/dev/null

HEALTHPULSE_PORT=$http_port HEALTHPULSE_LISTEN_ADDRESS=127.0.0.1 HEALTHPULSE_LOG_LEVEL=warn \
  HEALTHPULSE_DB_POOL_SIZE=$connections "$bin" serve >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$http_port/healthz" >/dev/null && break; sleep 0.1; done
token=$(curl -sf "http://127.0.0.1:$http_port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"username":"medico","password":"healthpulse"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
echo "first results for 'diabetes': $(curl -sf "http://127.0.0.1:$http_port/api/v1/icd10?limit=3&q=diabetes" \
  -H "Authorization: Bearer $token" | grep -oE '"code":"[^"]*"' | head -3 | tr '\n' ' ')"

# The server's two statements with their parameters filled in, for the same mix: a code
# (or its first letters) by code, anything else by words ($1 the longest word, $2 all).
mapfile -t queries < bench/icd10_queries.txt
words=() codes=()
for q in "${queries[@]}"; do
  compact=$(tr -d ' .' <<<"$q" | tr '[:lower:]' '[:upper:]')
  if [[ $compact =~ ^[A-Z]([0-9][0-9A-Z]{0,3})?$ ]]; then codes+=("'$compact'"); else words+=("'$q'"); fi
done
word_array="ARRAY[$(IFS=,; echo "${words[*]}")]"
code_array="ARRAY[$(IFS=,; echo "${codes[*]}")]"
strip() { grep -v '^ *--' "sql/queries/icd10/$1.sql"; }
longest="(SELECT w FROM unnest(string_to_array((${word_array})[:i], ' ')) w ORDER BY length(w) DESC LIMIT 1)"
{ echo "\\set i random(1, ${#words[@]})"
  strip search_icd10_by_words | sed -E "s/\\\$1\b/$longest/g; s/\\\$2\b/(${word_array})[:i]/g; s/\\\$3\b/21/g; s/\\\$4\b/0/g"
  echo ";"; } >"$tmp/words.sql"
{ echo "\\set i random(1, ${#codes[@]})"
  strip search_icd10_by_code | sed -E "s/\\\$1\b/(${code_array})[:i]/g; s/\\\$2\b/21/g; s/\\\$3\b/0/g"
  echo ";"; } >"$tmp/codes.sql"

pgbench_() {  # connections, seconds, scripts... → "tps p50 p99"
  local c=$1 s=$2; shift 2
  rm -f "$tmp"/pgbench_log.*
  (cd "$tmp" && "$pg_bin/pgbench" -n -M simple -c "$c" -j "$(( c < 2 ? 1 : 2 ))" -T "$s" -l "$@" \
    "$HEALTHPULSE_DATABASE_URL" >pgbench.out 2>&1)
  local tps; tps=$(grep -oE 'tps = [0-9.]+' "$tmp/pgbench.out" | grep -oE '[0-9.]+' | head -1)
  sort -n -k3 "$tmp"/pgbench_log.* | awk -v t="$tps" '{l[NR]=$3} END {printf "%s %.3f %.3f\n", t, l[int(NR*0.5)]/1000, l[int(NR*0.99)]/1000}'
}

echo "warming up..."
QUERIES=bench/icd10_queries.txt TOKEN=$token wrk -t2 -c"$connections" -d2s -s bench/icd10.lua "http://127.0.0.1:$http_port" >/dev/null
api=$(QUERIES=bench/icd10_queries.txt TOKEN=$token wrk -t2 -c"$connections" -d"${seconds}s" -s bench/icd10.lua \
  "http://127.0.0.1:$http_port" | grep API_RESULT)
read -r _ api_rps api_p50 api_p99 api_errors <<<"$api"
one=$(QUERIES=bench/icd10_queries.txt TOKEN=$token wrk -t1 -c1 -d"${seconds}s" -s bench/icd10.lua \
  "http://127.0.0.1:$http_port" | grep API_RESULT)
read -r _ one_rps one_p50 one_p99 _ <<<"$one"
read -r sql_rps sql_p50 sql_p99 <<<"$(pgbench_ "$connections" "$seconds" -f "words.sql@${#words[@]}" -f "codes.sql@${#codes[@]}")"
read -r w1_rps w1_p50 w1_p99 <<<"$(pgbench_ 1 "$seconds" -f words.sql)"
read -r c1_rps c1_p50 c1_p99 <<<"$(pgbench_ 1 "$seconds" -f codes.sql)"

printf "\nCIE-10 search, %s connections, %s s each, %s queries as typed (bench/icd10_queries.txt)\n" \
  "$connections" "$seconds" "${#queries[@]}"
printf "%-28s %10s %10s %10s\n" "" "req/s" "p50 ms" "p99 ms"
printf "%-28s %10.0f %10.3f %10.3f\n" "API" "$api_rps" "$api_p50" "$api_p99"
printf "%-28s %10.0f %10.3f %10.3f\n" "bare SQL" "$sql_rps" "$sql_p50" "$sql_p99"
printf "%-28s %10.0f %10.3f %10.3f\n" "API, one connection" "$one_rps" "$one_p50" "$one_p99"
printf "%-28s %10.0f %10.3f %10.3f\n" "words SQL, one connection" "$w1_rps" "$w1_p50" "$w1_p99"
printf "%-28s %10.0f %10.3f %10.3f\n" "code SQL, one connection" "$c1_rps" "$c1_p50" "$c1_p99"
awk -v a="$api_rps" -v s="$sql_rps" 'BEGIN {printf "ratio API/bare SQL: throughput %.2f\n", a/s}'
[ "$api_errors" = 0 ] || echo "WARNING: $api_errors API errors"
