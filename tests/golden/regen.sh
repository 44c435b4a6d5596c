#!/bin/sh
# Regenerates tests/golden/html/<case>/expected.json with the built CLI:
#   tests/golden/regen.sh build/article [case...]
# Each case is input.html, an optional `url` (the page's URL) and an
# optional `args` (more CLI options, e.g. --precision). Read the diff
# before committing: the expectations are the reader's contract.
set -eu
cli=${1:?usage: regen.sh path/to/article [case...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
    set -- $(cd "$here/html" && ls)
fi
for name in "$@"; do
    dir=$here/html/$name
    [ -f "$dir/input.html" ] || { echo "no case $name" >&2; exit 1; }
    url=""
    [ -f "$dir/url" ] && url=$(cat "$dir/url")
    args=""
    [ -f "$dir/args" ] && args=$(cat "$dir/args")
    # shellcheck disable=SC2086
    "$cli" convert -f html ${url:+--url "$url"} $args --pretty -o "$dir/expected.json" "$dir/input.html"
    echo "regenerated $name"
done
