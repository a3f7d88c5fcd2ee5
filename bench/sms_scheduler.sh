#!/usr/bin/env bash
# The SMS scheduler pass (DESIGN.md §7) at 100,000 patients, beside the bare SQL it runs.
# A throwaway cluster gets one clinic (Buenos Aires), one doctor and $patients patients
# with SMS consent and a phone, each with an active follow-up plan every 30 days: a
# tenth due today, the rest spread over the next 90 days. Measured, in one run:
#   1. `healthpulse worker --scheduler-pass` over the due plans (batches of 500: lock
#      the due plans, render each body, insert the alerts, advance the plans);
#   2. the same work as bare SQL through pgbench -M prepared (the same statements, the
#      body built by replace() in SQL instead of RenderTemplate), one transaction per
#      batch of 500;
#   3. the steady state: a pass when nothing is due (what every worker pays every poll).
# Prints each time, the ratio of 1 to 2, and EXPLAIN of the due-plan scan.
# Usage: [BIN=...] bench/sms_scheduler.sh [patients]
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-100000}
bin=${BIN:-build/release/healthpulse}  # BIN=build/asan/healthpulse to measure a debug build
pg_bin=/usr/lib/postgresql/15/bin
tmp=$(mktemp -d /tmp/healthpulse-bench.XXXXXX)
chmod 755 "$tmp"
pg_port=$((20000 + RANDOM % 20000))
cleanup() {
  scripts/pg.sh stop "$tmp/pg" >/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
[ -x "$bin" ] || { echo "build the release binary first: make release"; exit 1; }

scripts/pg.sh start "$tmp/pg" "$pg_port" >/dev/null
export HEALTHPULSE_DATABASE_URL="host=$tmp/pg/run port=$pg_port user=healthpulse dbname=healthpulse"
psql_() { "$pg_bin/psql" "$HEALTHPULSE_DATABASE_URL" -v ON_ERROR_STOP=1 -qtAX "$@"; }
"$bin" migrate >/dev/null

echo "fixture: $patients patients with a plan each, a tenth due today"
psql_ <<SQL
INSERT INTO clinics (name, phone) VALUES ('Clinica Bench', '+541140000000');
INSERT INTO users (username, password_hash, full_name, role) VALUES ('benchdoc', 'x', 'Dra. Bench', 'doctor');
INSERT INTO doctors (user_id, specialty) SELECT id, 'Clinica' FROM users WHERE username = 'benchdoc';
INSERT INTO patients (first_name, last_name, document_number, phone, sms_consent)
  SELECT 'Paciente' || g, 'Bench', 'B' || g, '+54911' || (10000000 + g), true FROM generate_series(1, $patients) g;
INSERT INTO patient_clinics SELECT id, 1 FROM patients;
INSERT INTO follow_up_plans (patient_id, interval_days, next_due_on, created_by)
  SELECT id, 30, (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date + (CASE WHEN id % 10 = 0 THEN 0 ELSE 1 + id % 90 END)::integer,
         (SELECT id FROM users WHERE username = 'benchdoc')
  FROM patients;
-- A booked control visit for one due patient in twenty (the EXISTS must find some).
INSERT INTO floors (clinic_id, number) VALUES (1, 1);
INSERT INTO rooms (floor_id, clinic_id, code) VALUES (1, 1, 'C1');
INSERT INTO nomenclators (name) VALUES ('NN');
INSERT INTO practices (nomenclator_id, code, name, duration_minutes) VALUES (1, 'P1', 'Consulta', 30);
INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at)
  SELECT p.id, 1, 1, 1, 1, now() + make_interval(days => 2, mins => (30 * (p.id / 200))::integer),
         now() + make_interval(days => 2, mins => (30 * (p.id / 200) + 30)::integer)
  FROM patients p WHERE p.id % 200 = 0;
VACUUM ANALYZE;
SQL
due=$(psql_ -c "SELECT count(*) FROM follow_up_plans WHERE next_due_on <= (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date")
echo "due plans: $due"
psql_ -c "CREATE TABLE bench_plans AS SELECT id, next_due_on FROM follow_up_plans"

reset_plans() {
  psql_ -c "DELETE FROM sms_messages" \
        -c "UPDATE follow_up_plans fp SET next_due_on = b.next_due_on FROM bench_plans b WHERE b.id = fp.id AND fp.next_due_on <> b.next_due_on" \
        -c "VACUUM ANALYZE follow_up_plans" -c "VACUUM ANALYZE sms_messages"
}

echo
echo "EXPLAIN of the due-plan scan (sql/queries/sms/select_due_follow_up_plans.sql):"
query=$(grep -v '^--' sql/queries/sms/select_due_follow_up_plans.sql)
psql_ -c "PREPARE due(timestamptz, integer, integer) AS $query" \
      -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE due(now(), 14, 500)" | sed 's/^/  /' | head -40

echo
echo "1. the scheduler pass (healthpulse worker --scheduler-pass)"
pass=$(HEALTHPULSE_LOG_LEVEL=warn "$bin" worker --scheduler-pass)
echo "  $pass"
app_ms=$(echo "$pass" | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+')
alerts=$(psql_ -c "SELECT count(*) FROM sms_messages")

echo
echo "3. steady state: a pass with nothing due"
HEALTHPULSE_LOG_LEVEL=warn "$bin" worker --scheduler-pass | sed 's/^/  /'

reset_plans
batches=$(( (due + 499) / 500 ))
cat > "$tmp/pass.sql" <<SQL
BEGIN;
WITH due AS (
  $(grep -v '^--' sql/queries/sms/select_due_follow_up_plans.sql | sed 's/\$1::timestamptz/now()/g; s/\$2::integer/14/g; s/\$3::integer/500/g')
), tpl AS (SELECT body FROM sms_templates WHERE kind = 'follow_up'),
ins AS (
  INSERT INTO sms_messages (patient_id, clinic_id, plan_id, plan_due_on, kind, "to", body, due_at, next_attempt_at)
  SELECT d.patient_id, d.clinic_id, d.plan_id, d.due_on::date, 'follow_up', d.phone,
         replace(replace(replace(tpl.body, '{nombre}', d.first_name), '{clinica}', d.clinic_name), '{telefono_clinica}', d.clinic_phone),
         d.due_at, d.due_at
  FROM due d, tpl WHERE d.sms_consent AND d.phone <> '' AND NOT d.visit_booked
  ON CONFLICT DO NOTHING
)
UPDATE follow_up_plans fp
SET next_due_on = fp.next_due_on + fp.interval_days * ((d.local_today::date - fp.next_due_on) / fp.interval_days + 1),
    updated_at = now()
FROM due d WHERE fp.id = d.plan_id;
COMMIT;
SQL
echo
echo "2. the bare SQL: pgbench -M prepared, $batches transactions of one batch each"
bare=$("$pg_bin/pgbench" -n -M prepared -c 1 -t "$batches" -f "$tmp/pass.sql" "$HEALTHPULSE_DATABASE_URL" 2>&1)
bare_alerts=$(psql_ -c "SELECT count(*) FROM sms_messages")
latency=$(echo "$bare" | grep -oE 'latency average = [0-9.]+' | grep -oE '[0-9.]+$')
bare_ms=$(awk -v l="$latency" -v b="$batches" 'BEGIN { printf "%.0f", l * b }')
echo "  $bare_alerts alerts in $bare_ms ms (latency average $latency ms a batch)"

echo
echo "alerts written: app $alerts, bare SQL $bare_alerts"
awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN { printf "ratio app / bare SQL: %.2f (app %d ms, bare %d ms)\n", a / b, a, b }'
