#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang, ASan + UBSan) in build/fuzz and runs
# each for FUZZ_SECONDS (default 60) from its committed seed corpus (tests/fuzz/corpus/),
# new inputs going to a scratch copy. Exits non-zero if any target crashes or leaks; the
# input that did is kept in build/fuzz/artifacts/. Usage: scripts/fuzz.sh [seconds]
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${FUZZ_SECONDS:-60}}
dir=build/fuzz
targets=(target router fields csv)

cmake -S tests/fuzz -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug >/dev/null || exit 1
ninja -C "$dir" >/dev/null || { ninja -C "$dir"; exit 1; }

mkdir -p "$dir/artifacts"
failed=0
for t in "${targets[@]}"; do
  work=$(mktemp -d /tmp/healthpulse-fuzz.XXXXXX)
  cp tests/fuzz/corpus/"$t"/* "$work"/
  log="$dir/fuzz_$t.log"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$dir/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/$t-" "$work" >"$log" 2>&1
  status=$?
  runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  corpus=$(ls "$work" | wc -l)
  rm -rf "$work"
  if [ "$status" -eq 0 ]; then
    echo "fuzz $t: ok, $runs executions in ${seconds}s, corpus $corpus inputs"
  else
    echo "fuzz $t: FAILED (exit $status) after $runs executions; log $log:"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20
    failed=$((failed + 1))
  fi
done
[ "$failed" -eq 0 ]
