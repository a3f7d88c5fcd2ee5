# Shared by bench/booking.sh and bench/doctor_day.sh (sourced, from the repository root):
# arguments, a throwaway cluster torn down on exit, the migrated schema and the fixture —
# one clinic (UTC), one floor, $n consulting rooms, $n doctors working there around the
# clock every day, one 15-minute practice offered there, $n patients registered there and
# a secretary of the clinic (user "bench", password in $password). The caller starts the
# server and sets $server so cleanup stops it.
seconds=${1:-10}
connections=${2:-32}
pool=${3:-${HEALTHPULSE_DB_POOL_SIZE:-16}}
# pgbench protocol: simple (parse and plan every time, as patient_search.sh) or prepared
# (planned once; the server prepares its statements too, but with parameters).
pgbench_mode=${PGBENCH_MODE:-simple}
threads=2
n=64
bin=${BIN:-build/release/healthpulse}
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
psql_() { "$pg_bin/psql" "$HEALTHPULSE_DATABASE_URL" -v ON_ERROR_STOP=1 -qtAc "$1"; }
"$bin" migrate >/dev/null

password=bench-password-2026
HEALTHPULSE_NEW_PASSWORD=$password "$bin" user create --username bench --full-name Bench --role secretary >/dev/null
"$pg_bin/psql" "$HEALTHPULSE_DATABASE_URL" -v ON_ERROR_STOP=1 -q <<SQL
INSERT INTO clinics (name, timezone) VALUES ('Bench', 'UTC');
INSERT INTO floors (clinic_id, number) SELECT id, 1 FROM clinics;
INSERT INTO rooms (floor_id, clinic_id, code)
  SELECT f.id, f.clinic_id, 'C' || i FROM floors f, generate_series(1, $n) i ORDER BY i;
INSERT INTO users (username, password_hash, full_name, role)
  SELECT 'doctor' || i, 'x', 'Doctor ' || i, 'doctor' FROM generate_series(1, $n) i ORDER BY i;
INSERT INTO doctors (user_id, specialty) SELECT id, 'Clinica' FROM users WHERE role = 'doctor' ORDER BY id;
INSERT INTO user_clinics (user_id, clinic_id)
  SELECT u.id, c.id FROM users u, clinics c WHERE u.role IN ('doctor', 'secretary');
INSERT INTO doctor_schedule_blocks (doctor_id, clinic_id, weekday, from_minute, to_minute)
  SELECT d.id, c.id, w, 0, 1440 FROM doctors d, clinics c, generate_series(1, 7) w;
INSERT INTO nomenclators (name) VALUES ('Bench');
INSERT INTO practices (nomenclator_id, code, name, duration_minutes) SELECT id, '420101', 'Consulta', 15 FROM nomenclators;
INSERT INTO practice_clinics (practice_id, clinic_id) SELECT p.id, c.id FROM practices p, clinics c;
INSERT INTO patients (first_name, last_name, document_number)
  SELECT 'Paciente', 'Numero ' || i, (30000000 + i)::text FROM generate_series(1, $n) i ORDER BY i;
INSERT INTO patient_clinics (patient_id, clinic_id) SELECT p.id, c.id FROM patients p, clinics c;
ANALYZE;
SQL

# The server's memory while it works: rss_sampling_start before the measured run,
# rss_sampling_stop after it (sets rss_peak: the largest VmRSS sampled every 0.2 s, and
# rss_hwm: the kernel's high-water mark, both in kB), print_rss for the report line.
rss_sampling_start() {
  while kill -0 "$server" 2>/dev/null; do
    awk '/^VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null || true
    sleep 0.2
  done >"$tmp/rss" &
  rss_sampler=$!
}
rss_sampling_stop() {
  kill "$rss_sampler" 2>/dev/null; wait "$rss_sampler" 2>/dev/null || true
  rss_peak=$(sort -n "$tmp/rss" | tail -1)
  rss_hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$server/status")
}
print_rss() {
  printf "server RSS: peak sampled %.1f MB, VmHWM %.1f MB (target < 150 MB)\n" \
    "$(awk -v k="${rss_peak:-0}" 'BEGIN {print k/1024}')" "$(awk -v k="${rss_hwm:-0}" 'BEGIN {print k/1024}')"
}
