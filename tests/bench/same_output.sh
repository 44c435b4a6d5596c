#!/bin/sh
# The JSON of every corpus page, to check that a change keeps every output
# byte: run it with the build before and after the change, then compare.
#
#   tests/bench/same_output.sh BUILD OUT_DIR       writes OUT_DIR/<corpus>.jsonl
#   cmp -s before/zyte.jsonl after/zyte.jsonl ...  (or: diff -r before after)
#
# One `article convert --jsonl -j 1` per corpus (zyte, modern, readability,
# dates), so each line is {"source": PAGE, "article": ...} or its error.
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
BUILD=${1:?usage: same_output.sh BUILD OUT_DIR}
OUT=${2:?usage: same_output.sh BUILD OUT_DIR}
CORPUS=${ARTICLE_CORPUS_DIR:-$REPO/../shared/corpus}
mkdir -p "$OUT"
run() {
    name=$1
    shift
    [ -e "$1" ] || return 0
    # Exit status 1 only says some page failed; the line says which.
    nice -n 10 "$BUILD/article" convert --jsonl -j 1 "$@" >"$OUT/$name.jsonl" 2>/dev/null || true
    echo "$name: $(wc -l <"$OUT/$name.jsonl") pages -> $OUT/$name.jsonl"
}
run zyte "$CORPUS"/zyte/html/*.html*
run modern "$CORPUS"/modern/html/*.html*
run readability "$CORPUS"/readability/pages/*/source.html
run dates "$CORPUS"/dates/pages/*.html*
