#!/usr/bin/env bash
# CI's fuzz smoke and quick local runs: builds the libFuzzer harnesses with
# ASan + UBSan (clang 14) and runs each for SECONDS (default 60).
# Usage: tests/fuzz/run.sh [SECONDS] [html|json|model|batch|page]
# Long campaigns that keep their corpus: tests/fuzz/campaign.sh.
set -euo pipefail
seconds=${1:-60}
only=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
# ARTICLE_FUZZ_BUILD_DIR: reuse a build configured the same way (the
# ASan stage of scripts/ci-hardening.sh), so CI compiles the library once.
build=${ARTICLE_FUZZ_BUILD_DIR:-$root/build-fuzz}
work=$build/fuzz-work
# shellcheck source=tests/fuzz/lib.sh
. "$root/tests/fuzz/lib.sh"
fuzz_build

status=0
# ARTICLE_FUZZ_RUNS=N (CI): a fixed number of inputs per second of SECONDS
# (N HTML snippets, 100 N JSON documents, 10 N models, 2 N batch files) from
# a fixed seed instead of a time budget, so that the same tree always
# fuzzes the same inputs and a CI run cannot fail by chance; campaigns use
# time. The whole-page harness runs only when named.
for harness in html json model batch page; do
    if [ -n "$only" ]; then
        [ "$only" = "$harness" ] || continue
    elif [ "$harness" = page ]; then
        continue
    fi
    rm -rf "$work/seed-$harness"
    fuzz_seeds "$harness" "$work/seed-$harness"
    mkdir -p "$work/corpus-$harness"
    if [ -n "${ARTICLE_FUZZ_RUNS:-}" ]; then
        case "$harness" in
        json) rate=$((ARTICLE_FUZZ_RUNS * 100)) ;;
        model) rate=$((ARTICLE_FUZZ_RUNS * 10)) ;;
        batch) rate=$((ARTICLE_FUZZ_RUNS * 2)) ;;
        *) rate=$ARTICLE_FUZZ_RUNS ;;
        esac
        # A fresh corpus each time: what an earlier run left must not
        # change what this one does.
        rm -rf "$work/corpus-$harness" && mkdir -p "$work/corpus-$harness"
        limit=(-runs=$((rate * seconds)) -seed=1)
        echo "== fuzz_$harness: $((rate * seconds)) inputs from seed 1"
    else
        limit=(-max_total_time="$seconds")
        echo "== fuzz_$harness for ${seconds}s"
    fi
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
        "$build/tests/fuzz_$harness" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$(fuzz_max_len "$harness")" $(fuzz_dict_arg "$harness") \
        -print_final_stats=1 -artifact_prefix="$work/crash-$harness-" \
        "$work/corpus-$harness" "$work/seed-$harness" 2>&1 | tail -n 25 || status=1
done
exit $status
