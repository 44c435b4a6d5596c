#!/usr/bin/env bash
# Builds the libFuzzer harnesses with ASan + UBSan (clang 14) and runs each
# for SECONDS (default 60). Usage: tests/fuzz/run.sh [SECONDS] [html|json]
set -euo pipefail
seconds=${1:-60}
only=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build-fuzz
work=$build/fuzz-work
cc=$(command -v clang-14 || command -v clang)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DARTICLE_FUZZ=ON -DARTICLE_SANITIZE=ON -DARTICLE_BUILD_SHARED=OFF -DARTICLE_BUILD_PYTHON=OFF \
  -DARTICLE_BUILD_EXAMPLES=OFF -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
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
for harness in html json; do
  [ -z "$only" ] || [ "$only" = "$harness" ] || continue
  echo "== fuzz_$harness for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  "$build/fuzz_$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=262144 -dict="$root/tests/fuzz/$harness.dict" -print_final_stats=1 \
    -artifact_prefix="$work/crash-$harness-" \
    "$work/corpus-$harness" "$work/seed-$harness" 2>&1 | tail -n 25 || status=1
done
exit $status
