#!/usr/bin/env bash
# Builds the libFuzzer harnesses with ASan + UBSan (clang 14) and runs each
# for SECONDS (default 60). Usage: tests/fuzz/run.sh [SECONDS] [html|json]
set -euo pipefail
seconds=${1:-60}
only=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
# ARTICLE_FUZZ_BUILD_DIR: reuse a build configured the same way (the
# ASan stage of scripts/ci-hardening.sh), so CI compiles the library once.
build=${ARTICLE_FUZZ_BUILD_DIR:-$root/build-fuzz}
work=$build/fuzz-work
cc=$(command -v clang-14 || command -v clang)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DARTICLE_FUZZ=ON -DARTICLE_SANITIZE=ON -DARTICLE_BUILD_SHARED=OFF -DARTICLE_BUILD_PYTHON=OFF \
  -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
ninja -C "$build" fuzz_html fuzz_json >/dev/null

# Seeds: the project's own files plus the shared corpus, unpacked into the
# build folder (never into the repository).
mkdir -p "$work/seed-html" "$work/seed-json" "$work/corpus-html" "$work/corpus-json"
cp "$root"/tests/fuzz/seeds/html/* "$work/seed-html/" 2>/dev/null || true
cp "$root"/tests/fuzz/seeds/json/* "$work/seed-json/" 2>/dev/null || true
find "$root/examples" "$root/tests/json" -name '*.json' -size -200k -exec cp {} "$work/seed-json/" \; 2>/dev/null || true
corpus=$root/../shared/corpus
if [ -d "$corpus/zyte/html" ]; then
  i=0
  for f in "$corpus"/zyte/html/*.html.gz; do
    i=$((i + 1)); [ $i -le 20 ] || break
    # The first byte picks options: 0 = defaults.
    { printf '\0'; gzip -dc "$f"; } > "$work/seed-html/zyte-$i.html"
  done
fi

status=0
# ARTICLE_FUZZ_RUNS=N (CI): N pages (100 N JSON documents) per second of SECONDS,
# from a fixed seed instead of a time budget, so that the same tree always
# fuzzes the same inputs and a CI run cannot fail by chance; campaigns use
# time.
for harness in html json; do
  [ -z "$only" ] || [ "$only" = "$harness" ] || continue
  if [ -n "${ARTICLE_FUZZ_RUNS:-}" ]; then
    rate=$ARTICLE_FUZZ_RUNS
    [ "$harness" = json ] && rate=$((ARTICLE_FUZZ_RUNS * 100))
    limit=(-runs=$((rate * seconds)) -seed=1)
    echo "== fuzz_$harness: $((rate * seconds)) inputs from seed 1"
  else
    limit=(-max_total_time="$seconds")
    echo "== fuzz_$harness for ${seconds}s"
  fi
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  "$build/tests/fuzz_$harness" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 \
    -max_len=262144 -dict="$root/tests/fuzz/$harness.dict" -print_final_stats=1 \
    -artifact_prefix="$work/crash-$harness-" \
    "$work/corpus-$harness" "$work/seed-$harness" 2>&1 | tail -n 25 || status=1
done
exit $status
