#!/usr/bin/env bash
# A first look at libarticle: sets up the machine, builds into build/, and
# converts three articles:
#   examples/seed-article.json (JSON article/1)        -> HTML
#   tests/fixtures/wordpress-seed.html (a realistic
#     WordPress page of the seed article)              -> JSON
#   a news page from ../shared/corpus/zyte              -> JSON (and Markdown)
# then prints where the outputs are.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

bash scripts/setup.sh

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S . -B build -G Ninja
cmake --build build --parallel "$jobs"

out="$here/build/demo"
mkdir -p "$out"

# The CLI when it is built, else the convert example (same library calls).
if [ -x build/article ]; then
    to_html() { build/article convert -t html -o "$2" "$1"; }
    to_json() { build/article convert -f html -t json --pretty --url "$3" -o "$2" "$1"; }
    to_md() { build/article convert -f html -t md --url "$3" -o "$2" "$1"; }
else
    to_html() { build/examples/example_convert --html "$1" >"$2"; }
    to_json() { build/examples/example_convert --url "$3" "$1" >"$2"; }
    to_md() { build/examples/example_convert --markdown --url "$3" "$1" >"$2"; }
fi

status=0
seed=examples/seed-article.json
if [ -f "$seed" ]; then
    if to_html "$seed" "$out/seed-article.html"; then
        echo "demo: $seed -> $out/seed-article.html"
    else
        echo "demo: converting $seed to HTML failed" >&2
        status=1
    fi
else
    echo "demo: $seed is not there yet; skipped" >&2
fi

# The main job: a realistic page in, the complete model out as JSON.
wp=tests/fixtures/wordpress-seed.html
wp_url="https://news.example.com/2025/08/06/trump-ukraine-talks/"
if [ -f "$wp" ]; then
    if to_json "$wp" "$out/wordpress-seed.json" "$wp_url"; then
        echo "demo: $wp ($wp_url)"
        echo "      -> $out/wordpress-seed.json"
    else
        echo "demo: converting $wp to JSON failed" >&2
        status=1
    fi
else
    echo "demo: $wp is not there; skipped" >&2
fi

corpus="$here/../shared/corpus/zyte"
page="$(ls "$corpus"/html/*.html.gz 2>/dev/null | head -n 1 || true)"
if [ -n "$page" ]; then
    id="$(basename "$page" .html.gz)"
    url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["url"])' \
        "$corpus/ground-truth.json" "$id" 2>/dev/null || echo "https://example.com/")"
    gzip -dc "$page" >"$out/page.html"
    if to_json "$out/page.html" "$out/page.json" "$url" &&
        to_md "$out/page.html" "$out/page.md" "$url"; then
        echo "demo: $page ($url)"
        echo "      -> $out/page.json"
        echo "      -> $out/page.md"
    else
        echo "demo: converting $page failed" >&2
        status=1
    fi
else
    echo "demo: no corpus at $corpus; skipped the web page" >&2
fi

echo "demo: library in $here/build (libarticle.so, libarticle.a), outputs in $out"
exit "$status"
