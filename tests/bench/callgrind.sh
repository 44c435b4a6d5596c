#!/bin/sh
# Instructions per page for each stage of bench_article, by callgrind:
# deterministic where wall-clock timings on a shared machine are not.
#
#   tests/bench/callgrind.sh [BUILD_DIR] [CORPUS_HTML_DIR] [STAGE...]
#
# Only bench_measured_pass (one pass of the stage) is counted, not loading
# the corpus or making the inputs (the "*" also catches the clones gcc makes
# of it, bench_measured_pass.constprop...). Prints: stage, pages, Ir, Ir/page.
set -eu

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
BUILD=${1:-$REPO/build-bench}
DIR=${2:-$REPO/../shared/corpus/zyte/html}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
ALL="libxml2_tree libxml2_sax from_html from_html_to_json from_json to_json to_html"
STAGES=${*:-$ALL jansson_loads jansson_dumps}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

printf '%-18s %6s %15s %12s\n' stage pages Ir Ir/page
for stage in $STAGES; do
    if ! nice -n 10 valgrind --tool=callgrind --collect-atstart=no \
        --toggle-collect='bench_measured_pass*' \
        --callgrind-out-file="$TMP/out" --log-file="$TMP/log" \
        "$BUILD/bench_article" --callgrind --tsv --stage "$stage" "$DIR" >"$TMP/tsv"; then
        printf '%-18s unavailable: %s\n' "$stage" "$(cut -f3 "$TMP/tsv")"
        continue
    fi
    pages=$(cut -f2 "$TMP/tsv")
    ir=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$TMP/log")
    printf '%-18s %6s %15s %12s\n' "$stage" "$pages" "$ir" "$((ir / pages))"
done
