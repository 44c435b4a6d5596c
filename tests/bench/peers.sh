#!/bin/sh
# Compares libarticle with other article extractors on the same pages.
#
#   tests/bench/peers.sh setup    install the peers (venv + npm), pinned
#   tests/bench/peers.sh run      time each peer (resiliparse among them),
#                                 score it, print the table
#   tests/bench/peers.sh warc     WARC -> JSON Lines per core: libarticle
#                                 (pip install . in the venv), trafilatura,
#                                 resiliparse; with their F1
#   tests/bench/peers.sh          setup and run
#
# Environment: BUILD (default <repo>/build-bench, must hold bench_article),
# CORPUS (default <repo>/../shared/corpus/zyte), PYTHON (default python3),
# PASSES (timed passes per peer, default 1; 121 pages each), WALL=1 to time
# by the wall clock instead of each process's CPU time.
#
# Everything installed stays under tests/bench/ (.venv, node/node_modules),
# both gitignored. Runs are niced: the machine may be shared.
set -eu

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
BUILD=${BUILD:-$REPO/build-bench}
CORPUS=${CORPUS:-$REPO/../shared/corpus/zyte}
PYTHON=${PYTHON:-python3}
PASSES=${PASSES:-1}
VENV=$BENCH/.venv
RESULTS=$BENCH/results

setup() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    # An old pip's resolver trips over lxml's extras; take a current one.
    "$VENV/bin/pip" install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        -r "$BENCH/peers/requirements.txt"
    # libarticle itself as users get it: the wheel of `pip install .`.
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "$REPO"
    (cd "$BENCH/node" && npm install --no-audit --no-fund --silent)
}

run() {
    if [ ! -x "$VENV/bin/python" ] || [ ! -d "$BENCH/node/node_modules" ]; then
        echo "peers not installed: run $0 setup first" >&2
        exit 1
    fi
    mkdir -p "$RESULTS"
    rm -f "$RESULTS"/*.jsonl "$RESULTS"/*.speed # no stale peer in the table
    nice -n 10 "$VENV/bin/python" "$BENCH/peers/run_python.py" \
        --corpus "$CORPUS" --out "$RESULTS" --passes "$PASSES" ${WALL:+--wall}
    nice -n 10 node "$BENCH/peers/run_node.mjs" \
        --corpus "$CORPUS" --out "$RESULTS" --passes "$PASSES" ${WALL:+--wall}
    # libarticle: speed of from_html+to_json from bench_article, and its
    # predictions (body text) from the same program's --predict mode.
    if [ -x "$BUILD/bench_article" ]; then
        nice -n 10 "$BUILD/bench_article" --predict "$RESULTS/libarticle.jsonl" \
            "$CORPUS/html" || echo "libarticle: predictions unavailable" >&2
        nice -n 10 "$BUILD/bench_article" --stage from_html_to_json --tsv ${WALL:+--wall} \
            "$CORPUS/html" >"$RESULTS/libarticle.speed" ||
            echo "libarticle: speed unavailable" >&2
    else
        echo "no $BUILD/bench_article: build it first (see tests/bench/README.md)" >&2
    fi
    "$VENV/bin/python" "$BENCH/peers/report.py" --results "$RESULTS" \
        --scorer "$BENCH/zyte_score.py" --corpus "$CORPUS" | tee "$RESULTS/table.txt"
}

# The WARC is written at run time into the bench build folder (never
# committed), from the zyte pages, by the Python tests' make_warc.py.
warc() {
    if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import article, resiliparse" 2>/dev/null; then
        echo "peers not installed (or libarticle/resiliparse missing): run $0 setup first" >&2
        exit 1
    fi
    mkdir -p "$RESULTS/warc" "$BUILD/warc"
    "$VENV/bin/python" "$REPO/bindings/python/tests/make_warc.py" \
        --corpus "$CORPUS" "$BUILD/warc/zyte.warc.gz"
    nice -n 10 "$VENV/bin/python" "$BENCH/peers/warc_bench.py" --warc "$BUILD/warc/zyte.warc.gz" \
        --corpus "$CORPUS" --out "$RESULTS/warc" --passes "$PASSES" ${WALL:+--wall} |
        tee "$RESULTS/warc/table.txt"
}

case "${1:-all}" in
setup) setup ;;
run) run ;;
warc) warc ;;
all) setup && run ;;
*) echo "usage: $0 [setup|run|warc|all]" >&2; exit 2 ;;
esac
