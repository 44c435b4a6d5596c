#!/usr/bin/env bash
# Reports the C files that .clang-format would change, and exits 1 if any.
#   bash scripts/clang-format-check.sh            # every tracked C file
#   bash scripts/clang-format-check.sh FILE...    # just these
# Needs clang-format 14, as CI has it (apt-get install clang-format;
# scripts/setup.sh installs it). scripts/test.sh runs it first, so CI
# fails on a file the formatter would change: run clang-format -i on it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cf="${CLANG_FORMAT:-clang-format}"
if ! command -v "$cf" >/dev/null 2>&1 && command -v clang-format-14 >/dev/null 2>&1; then
    cf=clang-format-14
fi
if ! command -v "$cf" >/dev/null 2>&1; then
    echo "clang-format-check: $cf not found" >&2
    exit 2
fi
if [ "$#" -eq 0 ]; then
    mapfile -t files < <(git ls-files '*.c' '*.h')
else
    files=("$@")
fi
bad=0
for f in "${files[@]}"; do
    if ! "$cf" --style=file "$f" | diff -q "$f" - >/dev/null; then
        echo "needs formatting: $f"
        bad=1
    fi
done
exit "$bad"
