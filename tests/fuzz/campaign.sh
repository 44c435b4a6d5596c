#!/usr/bin/env bash
# A fuzz campaign that builds on the last one: each harness runs for
# SECONDS on JOBS cores (libFuzzer's -fork, crashes kept and the run going
# on), from the corpus kept in tests/fuzz/corpus/H plus its seeds; then the
# corpus is merged (-merge=1: the smallest inputs that keep all coverage)
# back into tests/fuzz/corpus/H, capped in size, ready to commit.
#
# Usage: tests/fuzz/campaign.sh [-t SECONDS] [-j JOBS] [-n] [HARNESS...]
#   -t  seconds per harness (default 3600)     -j  cores (default: nproc)
#   -n  no merge into the repository           HARNESS: html json model batch page
#        (default: all but page; the page corpus stays in the build folder,
#        because it grows from corpus pages that must not enter the repo)
# Environment: NICE (default 19), ARTICLE_FUZZ_BUILD_DIR (default build-fuzz/),
# FUZZ_NO_BUILD=1 (the harnesses are built: two campaigns side by side).
# Each harness's line in $build/fuzz-work/stats.tsv: date, harness,
# seconds, executions, executions per second, new crash files.
# Findings: $build/fuzz-work/crash-H-*; minimise one with
#   build-fuzz/tests/fuzz_H -minimize_crash=1 -runs=10000 FILE
# and keep it in tests/fuzz/regressions/H/ with its fix.
set -euo pipefail
seconds=3600
jobs=$(nproc 2>/dev/null || echo 2)
merge=1
while getopts "t:j:n" opt; do
    case $opt in
    t) seconds=$OPTARG ;;
    j) jobs=$OPTARG ;;
    n) merge=0 ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${ARTICLE_FUZZ_BUILD_DIR:-$root/build-fuzz}
work=$build/fuzz-work
# shellcheck source=tests/fuzz/lib.sh
. "$root/tests/fuzz/lib.sh"
harnesses=("$@")
[ "${#harnesses[@]}" -gt 0 ] || harnesses=(html json model batch)
# Size caps of the kept corpora, in KB: a few MB in all.
declare -A cap=([html]=1024 [json]=1024 [model]=768 [batch]=768 [page]=0)

[ -n "${FUZZ_NO_BUILD:-}" ] || fuzz_build
mkdir -p "$work"
for h in "${harnesses[@]}"; do
    bin=$build/tests/fuzz_$h
    [ -x "$bin" ] || { echo "no harness fuzz_$h" >&2; exit 2; }
    rm -rf "$work/seed-$h"
    fuzz_seeds "$h" "$work/seed-$h"
    mkdir -p "$work/corpus-$h"
    before=$(ls "$work" | grep -c "^crash-$h-" || true)
    echo "== fuzz_$h: ${seconds}s on $jobs cores"
    start=$SECONDS
    # shellcheck disable=SC2046
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
        nice -n "${NICE:-19}" "$bin" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 \
        -ignore_ooms=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$(fuzz_max_len "$h")" $(fuzz_dict_arg "$h") \
        -artifact_prefix="$work/crash-$h-" "$work/corpus-$h" "$work/seed-$h" \
        >"$work/$h.log" 2>&1 || true
    took=$((SECONDS - start))
    # Fork mode's status lines: "#EXECS: cov: ... time: S job: ...".
    execs=$(grep -o '^#[0-9]*' "$work/$h.log" | tail -n 1 | tr -d '#')
    execs=${execs:-0}
    after=$(ls "$work" | grep -c "^crash-$h-" || true)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$h" "$took" "$execs" \
        "$((execs / (took > 0 ? took : 1)))" "$((after - before))" | tee -a "$work/stats.tsv"
    if [ "$after" -gt "$before" ]; then
        echo "fuzz_$h found $((after - before)) crash file(s): $work/crash-$h-*" >&2
    fi

    [ "$merge" = 1 ] && [ "${cap[$h]:-0}" -gt 0 ] || continue
    kept=$root/tests/fuzz/corpus/$h
    new=$work/merged-$h
    rm -rf "$new" && mkdir -p "$new" "$kept"
    ASAN_OPTIONS=detect_leaks=0 nice -n "${NICE:-19}" "$bin" -merge=1 \
        -max_len="$(fuzz_max_len "$h")" -timeout=10 -rss_limit_mb=2048 \
        "$new" "$kept" "$work/corpus-$h" >"$work/$h-merge.log" 2>&1
    # The cap: the largest inputs go first (the merge kept the smallest
    # ones that cover each feature, so what is left covers the most).
    while [ "$(du -sk --apparent-size "$new" | cut -f1)" -gt "${cap[$h]}" ]; do
        # (sed reads all of ls's output: head would end it with SIGPIPE,
        # which pipefail turns into an exit)
        for f in $(ls -S "$new" | sed -n '1,20p'); do rm -f "$new/$f"; done
    done
    rm -rf "$kept" && mv "$new" "$kept"
    echo "tests/fuzz/corpus/$h: $(ls "$kept" | wc -l) inputs, $(du -sk --apparent-size "$kept" | cut -f1) KB"
done
