#!/bin/sh
# Regenerates the seed article's goldens (tests/golden/seed/cases) with the
# built CLI:
#   tests/golden/seed/regen.sh build/article
# Read the diff before committing: these files are the writers' contract.
set -eu
cli=${1:?usage: regen.sh path/to/article}
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
grep -v '^#' tests/golden/seed/cases | while read -r input output args; do
    [ -n "$input" ] || continue
    # shellcheck disable=SC2086
    "$cli" convert $args -o "$output" "$input"
    echo "regenerated $output"
done
