#!/usr/bin/env bash
# Builds libarticle with warnings as errors into build/ and runs every test
# (ctest: unit, examples, install, CLI, golden, Python...). Exits non-zero
# on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

bash scripts/setup.sh

# The format is enforced: .clang-format, applied to the whole tree.
bash scripts/clang-format-check.sh

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S . -B build -G Ninja -DARTICLE_WERROR=ON
cmake --build build --parallel "$jobs"
# ctest prints its closing line ("100% tests passed, 0 tests failed out
# of N") and exits non-zero when any test failed.
ctest --test-dir build --output-on-failure --parallel "$jobs" --timeout 600

# Hostile input: ASan+UBSan, valgrind, ThreadSanitizer and a fuzz smoke
# (scripts/ci-hardening.sh, ~6 minutes on 2 cores). On in CI, or with
# ARTICLE_HARDENING=1; ARTICLE_HARDENING=0 skips it anywhere.
hardening="${ARTICLE_HARDENING:-}"
if [ -z "$hardening" ] && [ "${CI:-}" = true ]; then
    hardening=1
fi
if [ "$hardening" = 1 ]; then
    ARTICLE_BUILD_DIR=build bash scripts/ci-hardening.sh
fi
