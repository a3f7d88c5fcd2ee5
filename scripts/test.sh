#!/usr/bin/env bash
# Runs every test layer against a throwaway PostgreSQL cluster made for this run:
# lint (redocly on the API spec), unit (GoogleTest), integration (GoogleTest on real
# PostgreSQL), web unit (Vitest), API (node:test over HTTP against the real server
# binary) and browser (Playwright-core driving /usr/bin/chromium). The C++ layers and
# the server run under ASan + UBSan.
# Ends with one line "tests: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build/asan}
tmp=$(mktemp -d /tmp/healthpulse-test.XXXXXX)
chmod 755 "$tmp"
pg_port=$((20000 + RANDOM % 20000))
server_pid=""
passed=0
failed=0
failed_layers=()

cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid"; wait "$server_pid"; fi
  scripts/pg.sh stop "$tmp/pg"
  rm -rf "$tmp"
}
trap cleanup EXIT

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}

HEALTHPULSE_PG_FSYNC=off scripts/pg.sh start "$tmp/pg" "$pg_port"
export HEALTHPULSE_TEST_DATABASE_URL="host=$tmp/pg/run port=$pg_port user=healthpulse dbname=postgres"

# ONLY=lint,unit,integration,web,fuzz,api,browser runs just those layers (all by default);
# API_TESTS / BROWSER_TESTS narrow those layers to the given files (for development).
ONLY=${ONLY:-lint,unit,integration,web,fuzz,api,browser}
API_TESTS=${API_TESTS:-tests/api/}
BROWSER_TESTS=${BROWSER_TESTS:-tests/browser/}
wanted() { [[ ",$ONLY," == *",$1,"* ]]; }

# Runs one layer, adding its counts (parsed from the runner's own summary) to the totals.
layer() {
  local name=$1; shift
  echo "== $name"
  local log="$tmp/$name.log"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p=0 f=0
  if grep -q '^\[==========\]' "$log"; then
    p=$(grep -oE '^\[  PASSED  \] [0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
    f=$(grep -oE '^\[  FAILED  \] [0-9]+ test' "$log" | grep -oE '[0-9]+' || echo 0)
  elif grep -qE '^# (pass|fail) ' "$log"; then
    p=$(grep -oE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
    f=$(grep -oE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  elif grep -qE 'Tests +[0-9]+' "$log"; then
    p=$(grep -oE 'Tests +.*' "$log" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)
    f=$(grep -oE 'Tests +.*' "$log" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0)
  fi
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$status" -ne 0 ]; then
    failed_layers+=("$name")
    [ "${f:-0}" -eq 0 ] && failed=$((failed + 1))
  fi
}

# The API spec must lint clean under redocly.yaml (recommended-strict): one test.
if wanted lint; then
  echo "== lint"
  if REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true tests/node_modules/.bin/redocly lint --format=stylish; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); failed_layers+=(lint)
  fi
fi
wanted unit && layer unit "$BUILD/unit_tests"
wanted integration && layer integration "$BUILD/integration_tests"
wanted web && NO_COLOR=1 FORCE_COLOR=0 layer web npm --prefix web run --silent test
# The libFuzzer targets, FUZZ_SECONDS (default 20) each: one test, failed on any crash.
if wanted fuzz; then
  echo "== fuzz"
  if scripts/fuzz.sh "${FUZZ_SECONDS:-20}"; then passed=$((passed + 1)); else failed=$((failed + 1)); failed_layers+=(fuzz); fi
fi
if ! wanted api && ! wanted browser; then
  echo "tests: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ ${#failed_layers[@]} -eq 0 ]
  exit
fi

# API and browser tests share one real server on a fresh database with the demo accounts.
app_url="host=$tmp/pg/run port=$pg_port user=healthpulse dbname=api_tests"
createdb_bin=/usr/lib/postgresql/15/bin/createdb
"$createdb_bin" -h "$tmp/pg/run" -p "$pg_port" -U healthpulse api_tests
export HEALTHPULSE_DATABASE_URL="$app_url"
# The demo network at a size the sanitizers load quickly; the same generator as make run.
"$BUILD/healthpulse" migrate >/dev/null && "$BUILD/healthpulse" seed --patients 20000 --appointment-days-back 14 >/dev/null
# /metrics answers only with its token: the server gets one, the tests the same. The
# sanitizers make requests several times slower than a release build, so a burst (500
# bookings at once) waits for a worker longer than the default 3 s pool wait would allow.
metrics_token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
# Twilio's webhooks are signed with the auth token over the public URL Twilio calls (a
# proxy's, in production); tests/api/twilio-signature.mjs signs with the same two.
# Without an account sid the provider stays `log`.
twilio_token=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
export HEALTHPULSE_TEST_TWILIO_AUTH_TOKEN="$twilio_token" HEALTHPULSE_TEST_PUBLIC_URL="https://healthpulse.test"
HEALTHPULSE_PORT=0 HEALTHPULSE_LISTEN_ADDRESS=127.0.0.1 HEALTHPULSE_WEB_ROOT=web/dist \
  HEALTHPULSE_DB_POOL_SIZE=4 HEALTHPULSE_METRICS_TOKEN="$metrics_token" HEALTHPULSE_DB_POOL_WAIT_MS=10000 \
  HEALTHPULSE_TWILIO_AUTH_TOKEN="$twilio_token" HEALTHPULSE_PUBLIC_URL="$HEALTHPULSE_TEST_PUBLIC_URL" \
  HEALTHPULSE_SMS_QUIET_HOURS=off \
  "$BUILD/healthpulse" serve >"$tmp/server.log" 2>&1 &
server_pid=$!
base=""
for _ in $(seq 1 100); do
  base=$(grep -oE 'listening on http://[0-9.]+:[0-9]+' "$tmp/server.log" | head -1 | sed 's/listening on //')
  [ -n "$base" ] && break
  sleep 0.1
done
if [ -z "$base" ]; then
  echo "the server did not start:"; cat "$tmp/server.log"; exit 1
fi
export HEALTHPULSE_TEST_BASE_URL="$base"
export HEALTHPULSE_TEST_SERVER_LOG="$tmp/server.log"
export HEALTHPULSE_TEST_METRICS_TOKEN="$metrics_token"
# Tests that start servers of their own (tests/api/sick-database, resource-limits).
export HEALTHPULSE_TEST_BINARY="$(realpath "$BUILD")/healthpulse"
echo "server under test: $base"

wanted api && layer api node --test --test-concurrency=1 $API_TESTS
wanted browser && layer browser node --test --test-concurrency=1 $BROWSER_TESTS

# A graceful shutdown (SIGTERM) must end the server cleanly: exit 0, and no sanitizer report.
echo "== shutdown"
kill -TERM "$server_pid"
wait "$server_pid"
shutdown_status=$?
server_pid=""
if [ "$shutdown_status" -eq 0 ] && ! grep -qE 'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:' "$tmp/server.log"; then
  passed=$((passed + 1))
else
  echo "server exit status $shutdown_status; log tail:"; tail -40 "$tmp/server.log"
  failed=$((failed + 1)); failed_layers+=(shutdown)
fi

echo
[ ${#failed_layers[@]} -gt 0 ] && echo "failed layers: ${failed_layers[*]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failed_layers[@]} -eq 0 ]
