#!/usr/bin/env bash
# A patient's chart: the API (GET /api/v1/patients/{id}/record, signed in as a doctor
# with the patient under care, through wrk) beside the bare SQL it runs, through pgbench,
# in one run: one transaction of the server's own statements (sql/queries/records/
# select_record_access, list_record_problems, list_record_treatments,
# list_record_allergies, list_record_timeline) and the audit row every read appends
# (sql/queries/audit/insert_audit_event.sql: by design, so each read is a write that
# waits its turn on the audit chain's lock and commits). The fixture: each of the 64
# patients has 500 record entries over ten years (50 diagnoses, 150 treatments, 295 notes,
# 5 allergies) and 40 amendments (resolved diagnoses, dose changes, corrected notes);
# the doctor has a finished turno with the patient read. Prints throughput, p50 and p99
# of each (and of the reads without the audit row), the ratio, the latency of one chart
# opened alone (one connection) and the server's peak RSS.
# Usage: bench/patient_record.sh [seconds] [connections] [server pool size]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/fixture.sh
source bench/fixture.sh
threads=$(( connections < threads ? connections : threads ))  # wrk and pgbench need a connection a thread
HEALTHPULSE_NEW_PASSWORD=$password "$bin" user create --username benchdoc --full-name 'Dra. Bench' --role doctor \
  >/dev/null
"$pg_bin/psql" "$HEALTHPULSE_DATABASE_URL" -v ON_ERROR_STOP=1 -q <<'SQL'
INSERT INTO user_clinics (user_id, clinic_id)
  SELECT u.id, c.id FROM users u, clinics c WHERE u.username = 'benchdoc';
-- The care relationship: a finished turno last week with the first patient.
INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, status,
                          created_by)
  SELECT (SELECT min(id) FROM patients), d.id, (SELECT min(id) FROM rooms), (SELECT id FROM practices),
         (SELECT id FROM clinics), date_trunc('hour', now()) - interval '7 days',
         date_trunc('hour', now()) - interval '7 days' + interval '15 minutes', 'finished',
         (SELECT id FROM users WHERE username = 'bench')
  FROM doctors d JOIN users u ON u.id = d.user_id WHERE u.username = 'benchdoc';
-- 500 entries a patient, one a week over ten years, interleaved across patients as they
-- would be written. Entry i: a diagnosis when i % 10 = 0 (the first six chronic, one
-- per condition, active; 22 later ones active until amended, the rest resolved), a
-- treatment when i % 10 is 1-3 (ended after 10 days, the last 18 still going), an
-- allergy when i % 100 = 9, else a note (one in six of those private).
INSERT INTO record_entries (patient_id, kind, author_user_id, doctor_id, clinic_id, created_at, code, chronic, status,
                            text, description, dose, frequency, start_date, end_date, follow_up_days, private,
                            substance, reaction, severity)
SELECT p.id, k.kind, d.user_id, d.id, (SELECT id FROM clinics), t.at,
       CASE WHEN k.kind = 'diagnosis' THEN
         CASE WHEN i <= 60 THEN (ARRAY['E039', 'I10', 'E119', 'J459', 'J449', 'N189'])[1 + (i / 10) % 6]
              ELSE (ARRAY['J069', 'A09', 'M545', 'J029', 'N390', 'J209', 'K297', 'R51'])[1 + (i / 10) % 8] END END,
       CASE WHEN k.kind = 'diagnosis' THEN i <= 60 END,
       CASE WHEN k.kind = 'diagnosis' THEN CASE WHEN i <= 60 OR i % 20 = 0 THEN 'active' ELSE 'resolved' END END,
       CASE WHEN k.kind = 'note' THEN 'Control clínico ' || i || '. Examen físico sin particularidades; se revisan '
                                      'los estudios y se ajustan las indicaciones.' END,
       CASE WHEN k.kind = 'treatment' THEN (ARRAY['Enalapril', 'Metformina', 'Salbutamol inhalado', 'Levotiroxina',
                                                  'Ibuprofeno', 'Amoxicilina', 'Omeprazol'])[1 + i % 7] END,
       CASE WHEN k.kind = 'treatment' THEN '10 mg' END,
       CASE WHEN k.kind = 'treatment' THEN '1 comprimido cada 12 horas' END,
       CASE WHEN k.kind = 'treatment' THEN t.at::date END,
       CASE WHEN k.kind = 'treatment' AND i <= 440 THEN t.at::date + 10 END,
       CASE WHEN k.kind = 'treatment' AND i > 440 THEN 90 END,
       CASE WHEN k.kind = 'note' THEN i % 10 = 5 END,
       CASE WHEN k.kind = 'allergy' THEN (ARRAY['Penicilina', 'Dipirona', 'Látex', 'Mariscos', 'Sulfonamidas'])[1 + i / 100] END,
       CASE WHEN k.kind = 'allergy' THEN 'Urticaria' END,
       CASE WHEN k.kind = 'allergy' THEN 'moderate' END
FROM generate_series(1, 500) i
CROSS JOIN LATERAL (SELECT now() - make_interval(days => 7 * (500 - i)) AS at) t
CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 = 0 THEN 'diagnosis' WHEN i % 10 IN (1, 2, 3) THEN 'treatment'
                                WHEN i % 100 = 9 THEN 'allergy' ELSE 'note' END AS kind) k
CROSS JOIN patients p
CROSS JOIN (SELECT d.id, d.user_id FROM doctors d JOIN users u ON u.id = d.user_id WHERE u.username = 'benchdoc') d
ORDER BY i, p.id;
-- Corrections, a few days later (never after now): the 22 acute diagnoses resolved,
-- half the running treatments' doses changed, one note in thirty reworded.
INSERT INTO record_entries (patient_id, kind, amends_id, amendment_reason, author_user_id, doctor_id, clinic_id,
                            created_at, code, chronic, status, text, description, dose, frequency, start_date,
                            end_date, follow_up_days, private, substance, reaction, severity)
SELECT patient_id, kind, id,
       CASE kind WHEN 'diagnosis' THEN 'Cuadro resuelto' WHEN 'treatment' THEN 'Ajuste de dosis'
                 ELSE 'Corrección de redacción' END,
       author_user_id, doctor_id, clinic_id, least(created_at + interval '3 days', now()), code, chronic,
       CASE WHEN kind = 'diagnosis' THEN 'resolved' END,
       CASE WHEN kind = 'note' THEN text || ' Se corrige la fecha del próximo control.' END,
       description, CASE WHEN kind = 'treatment' THEN '20 mg' END, frequency, start_date, end_date, follow_up_days,
       private, substance, reaction, severity
FROM (SELECT e.*, row_number() OVER (PARTITION BY e.patient_id, e.kind ORDER BY e.id) AS nth FROM record_entries e) e
WHERE (kind = 'diagnosis' AND NOT chronic AND status = 'active')
   OR (kind = 'treatment' AND end_date IS NULL AND nth % 2 = 0)
   OR (kind = 'note' AND nth % 30 = 0)
ORDER BY created_at, id;
ANALYZE;
SQL
read -r patient doctor_user versions amendments <<<"$(psql_ "
  SELECT p, (SELECT id FROM users WHERE username = 'benchdoc'), count(*), count(amends_id)
  FROM record_entries, (SELECT min(id) AS p FROM patients) first WHERE patient_id = first.p GROUP BY p" | tr '|' ' ')"
[ "$((versions - amendments))" = 500 ] || { echo "the patient has $((versions - amendments)) entries, not 500" >&2; exit 1; }

HEALTHPULSE_PORT=$http_port HEALTHPULSE_LISTEN_ADDRESS=127.0.0.1 HEALTHPULSE_LOG_LEVEL=warn \
  HEALTHPULSE_DB_POOL_SIZE=$pool "$bin" serve >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$http_port/healthz" >/dev/null && break; sleep 0.1; done
token=$(curl -sf "http://127.0.0.1:$http_port/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"username\":\"benchdoc\",\"password\":\"$password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
[ -n "$token" ] || { echo "login failed" >&2; cat "$tmp/server.log" >&2; exit 1; }
curl -sf "http://127.0.0.1:$http_port/api/v1/patients/$patient/record" -H "Authorization: Bearer $token" \
  >"$tmp/record.json" || { echo "the API refused the record" >&2; exit 1; }
read -r problems treatments allergies timeline <<<"$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(len(r["problems"]), len(r["treatments"]), len(r["allergies"]), len(r["timeline"]["items"]))' "$tmp/record.json")"
[ "$timeline" = 50 ] || { echo "the API returned $timeline timeline entries, not 50" >&2; exit 1; }
wrk_run() {  # wrk_run DURATION [CONNECTIONS THREADS]
  TOKEN=$token GET_PATH="/api/v1/patients/$patient/record" wrk -t"${3:-$threads}" -c"${2:-$connections}" -d"$1" -s bench/get.lua \
    "http://127.0.0.1:$http_port"
}
echo "warming up..."
wrk_run 2s >/dev/null
audit_before=$(psql_ "SELECT count(*) FROM audit_events WHERE action = 'record.viewed'")
rss_sampling_start
wrk_run "${seconds}s" >"$tmp/wrk.out"
rss_sampling_stop
grep GET_ERROR "$tmp/wrk.out" || true
read -r _ api_rps api_p50 api_p99 api_errors <<<"$(grep API_RESULT "$tmp/wrk.out")"
audit_rows=$(( $(psql_ "SELECT count(*) FROM audit_events WHERE action = 'record.viewed'") - audit_before ))
# A chart opened alone: the latency a doctor sees when the server is not queueing.
wrk_run "${seconds}s" 1 1 >"$tmp/wrk-alone.out"
read -r _ _ alone_p50 alone_p99 alone_errors <<<"$(grep API_RESULT "$tmp/wrk-alone.out")"

# The bare SQL: the server's statements in its transaction, their parameters filled in
# as the API call sets them (the doctor, the patient, the first timeline page of the
# default 50 + 1, every kind, private notes included), then the audit row it appends.
timeline_sed="s/\\\$1\b/$patient/g; s/\\\$[23]\b/9223372036854775807/g; s/\\\$4\b/51/g; s/\\\$5\b/NULL/g; s/\\\$6\b/true/g"
statement() {  # statement FILE SED-SCRIPT: the file without comments, parameters replaced, ';'-ended
  grep -v '^ *--' "$1" | sed -E "$2"
  echo ";"
}
reads() {  # the read statements
  statement sql/queries/records/select_record_access.sql "s/\\\$1\b/$patient/g; s/\\\$2\b/'doctor'/g; s/\\\$3\b/$doctor_user/g"
  for list in problems treatments allergies; do
    statement "sql/queries/records/list_record_$list.sql" "s/\\\$1\b/$patient/g"
  done
  statement sql/queries/records/list_record_timeline.sql "$timeline_sed"
}
{
  echo "BEGIN;"
  reads
  statement sql/queries/audit/insert_audit_event.sql \
    "s/\\\$1\b/$doctor_user/g; s/\\\$2\b/'benchdoc'/g; s/\\\$3\b/'record.viewed'/g; s/\\\$4\b/'patient'/g;
     s/\\\$[56]\b/$patient/g; s/\\\$7\b/false/g; s/\\\$8\b/'{\"access\": \"care\", \"timeline_entries\": 50}'/g"
  echo "COMMIT;"
} >"$tmp/record.sql"
# The same reads without the audit row: what the audit write costs.
{ echo "BEGIN;"; reads; echo "COMMIT;"; } >"$tmp/reads.sql"
sql_timeline=$(psql_ "$(statement sql/queries/records/list_record_timeline.sql "$timeline_sed")" | wc -l)
[ "$sql_timeline" = 51 ] || { echo "the bare timeline SQL returned $sql_timeline rows, not 51" >&2; exit 1; }
pgbench_run() {  # pgbench_run SCRIPT: prints "tps p50_ms p99_ms"
  rm -f "$tmp"/pgbench_log.*
  (cd "$tmp" && "$pg_bin/pgbench" -n -M "$pgbench_mode" -c "$connections" -j "$threads" -T "$seconds" -l \
    -f "$1" "$HEALTHPULSE_DATABASE_URL" >pgbench.out 2>&1) || { cat "$tmp/pgbench.out" >&2; exit 1; }
  # pgbench's log: one line per transaction, latency in microseconds in column 3.
  sort -n -k3 "$tmp"/pgbench_log.* | awk -v tps="$(grep -oE 'tps = [0-9.]+' "$tmp/pgbench.out" | grep -oE '[0-9.]+' | head -1)" \
    '{l[NR]=$3} END {printf "%s %.3f %.3f\n", tps, l[int(NR*0.5)]/1000, l[int(NR*0.99)]/1000}'
}
pgbench_run record.sql >"$tmp/sql.result"
pgbench_run reads.sql >"$tmp/reads.result"
read -r sql_rps sql_p50 sql_p99 <"$tmp/sql.result"
read -r reads_rps reads_p50 reads_p99 <"$tmp/reads.result"

printf "\na patient's chart (%s entries + %s amendments: %s problems, %s treatments, %s allergies, %s timeline entries)\n" \
  "$((versions - amendments))" "$amendments" "$problems" "$treatments" "$allergies" "$timeline"
printf "%s connections, %s s each, server pool %s, pgbench -M %s\n" "$connections" "$seconds" "$pool" "$pgbench_mode"
printf "%-10s %12s %10s %10s\n" "" "req/s" "p50 ms" "p99 ms"
printf "%-10s %12.0f %10.3f %10.3f\n" "API" "$api_rps" "$api_p50" "$api_p99"
printf "%-10s %12.0f %10.3f %10.3f\n" "bare SQL" "$sql_rps" "$sql_p50" "$sql_p99"
printf "%-10s %12.0f %10.3f %10.3f   (the same reads without the audit row)\n" "SQL reads" "$reads_rps" "$reads_p50" "$reads_p99"
awk -v a="$api_rps" -v s="$sql_rps" -v ap="$api_p50" -v sp="$sql_p50" \
  'BEGIN {printf "ratio API/bare SQL: throughput %.2f, p50 latency %.2fx\n", a/s, ap/sp}'
printf "one chart alone (API, 1 connection): p50 %.3f ms, p99 %.3f ms (target: well under 100 ms)\n" \
  "$alone_p50" "$alone_p99"
echo "audit: every read appends a record.viewed row ($audit_rows in the measured API run), so reads serialize on the chain's lock"
print_rss
[ "$((api_errors + alone_errors))" = 0 ] ||
  echo "WARNING: $((api_errors + alone_errors)) API requests failed or answered other than 200"
