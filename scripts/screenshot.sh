#!/usr/bin/env bash
# Makes the README's before/after pictures with headless Chromium:
#   docs/images/seed-before.png      tests/browser/seed-original.html, a
#                                    cluttered news page (menus, ads, share
#                                    bars, sidebar, cookie banner)
#   docs/images/seed-after.png       the same page after
#                                    `article convert ... -t html`
#   docs/images/seed-after-dark.png  that reader view in dark mode
# Usage: scripts/screenshot.sh [BUILD_DIR] [OUT_DIR]
# (defaults: build, docs/images). Needs chromium; pngquant, when present,
# keeps each PNG small enough to commit (< 150 KB).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
out="${2:-$here/docs/images}"
article="$build/article"
original="$here/tests/browser/seed-original.html"

chromium="${ARTICLE_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
    echo "screenshot: chromium not found (apt-get install chromium)" >&2
    exit 1
fi
if [ ! -x "$article" ]; then
    echo "screenshot: $article not built (cmake --build $build)" >&2
    exit 1
fi
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The page's URL makes the reader resolve its images (tests/browser/images)
# to absolute file: URLs, so the converted page shows them from anywhere.
"$article" convert --url "file://$original" -t html -o "$tmp/after.html" "$original"

shot() { # URL PNG [extra chromium flags...]
    local url="$1" png="$2"
    shift 2
    # No network: the pages are local; a fresh profile each time.
    "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --mute-audio "--host-resolver-rules=MAP * ~NOTFOUND" \
        --user-data-dir="$tmp/profile" --window-size=1000,1300 \
        --screenshot="$png" "$@" "$url" >/dev/null 2>&1
    rm -rf "$tmp/profile"
    if command -v pngquant >/dev/null 2>&1; then
        pngquant --force --skip-if-larger --quality=60-90 --strip --output "$png" -- "$png" || true
    fi
    echo "screenshot: $png ($(($(stat -c %s "$png") / 1024)) KB)"
}

shot "file://$original" "$out/seed-before.png"
shot "file://$tmp/after.html" "$out/seed-after.png"
shot "file://$tmp/after.html" "$out/seed-after-dark.png" \
    --force-dark-mode --blink-settings=preferredColorScheme=0
