#!/usr/bin/env bash
# Hostile-input hardening (issue 5: nothing crashes, leaks or hangs), run by
# scripts/test.sh after the normal ctest run when CI=true or
# ARTICLE_HARDENING=1 (ARTICLE_HARDENING=0 skips it). Usage:
#   scripts/ci-hardening.sh [STAGE...]   stages: asan valgrind tsan fuzz
# (default: all four). The normal build is read from $ARTICLE_BUILD_DIR
# (default build/); it is configured and built when missing.
#
#  asan      clang-14, ASan + UBSan (-fno-sanitize-recover=all) into
#            build-asan/, every C test under ctest. The tests that load
#            libarticle.so into an unsanitized python (zyte_score, and the
#            binding, which is not built here) are left out: the CLI test
#            still runs, through the sanitized `article` program.
#            Sanitized builds here are static only: clang links its
#            sanitizer runtimes into executables, not into shared objects,
#            and libarticle.so is linked with --no-undefined. The build
#            also carries libFuzzer's coverage (fuzzer-no-link), harmless
#            to the tests, so that the fuzz stage needs no second build.
#  valgrind  memcheck on the normal build: every unit test program, the
#            fuzz replays and the CLI on a few corpus pages; zero errors,
#            zero definite or indirect leaks (tests/valgrind.supp: glibc
#            only). test_hostile runs with ARTICLE_HOSTILE_SMALL=1.
#  tsan      clang-14, -fsanitize=thread into build-tsan/: test_threads.
#  fuzz      tests/fuzz/run.sh, ARTICLE_FUZZ_SECONDS (45) per harness, on
#            the libFuzzer binaries of build-asan/ (built by the asan stage,
#            or here when it did not run): html, json, model (the
#            model-aware round trips) and batch (the CLI's batch input),
#            each from its seeds and the corpus kept in tests/fuzz/corpus/.
#
# Each stage prints one closing line, "hardening: STAGE ok (Ns)" or
# "... FAILED"; the script exits non-zero when any stage failed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

jobs="$(nproc 2>/dev/null || echo 2)"
build="${ARTICLE_BUILD_DIR:-build}"
fuzz_seconds="${ARTICLE_FUZZ_SECONDS:-45}"
cc="$(command -v clang-14 || command -v clang || true)"
stages=("$@")
[ "${#stages[@]}" -gt 0 ] || stages=(asan valgrind tsan fuzz)

failed=()
total_start=$SECONDS

# Runs one stage function, prints its closing line and remembers failures.
stage() {
    local name="$1" start=$SECONDS
    echo "== hardening: $name"
    if "stage_$name"; then
        echo "hardening: $name ok ($((SECONDS - start))s)"
    else
        echo "hardening: $name FAILED ($((SECONDS - start))s)"
        failed+=("$name")
    fi
}

need_clang() {
    if [ -z "$cc" ]; then
        echo "clang-14 not found (scripts/setup.sh installs it)" >&2
        return 1
    fi
}

stage_asan() {
    need_clang || return 1
    # Configured as tests/fuzz/run.sh configures its build (plus -Werror),
    # so that the fuzz stage reuses this one: the library compiles once.
    cmake -S . -B build-asan -G Ninja -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DARTICLE_WERROR=ON -DARTICLE_SANITIZE=ON -DARTICLE_BUILD_PYTHON=OFF \
        -DARTICLE_BUILD_SHARED=OFF -DARTICLE_FUZZ=ON -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" \
        >/dev/null || return 1
    cmake --build build-asan --parallel "$jobs" >/dev/null || return 1
    # Left out: install (builds the examples against an installed copy:
    # the same code as here, and slow), zyte_score (loads the .so into
    # python through ctypes) and html_validate (HTML conformance via Java,
    # checked by the normal run; the CLI runs under ASan in `cli`).
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure --parallel "$jobs" --timeout 900 \
        -E '^(zyte_score|html_validate|install|python_.*)$'
}

ensure_normal_build() {
    if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
        cmake -S . -B "$build" -G Ninja -DARTICLE_WERROR=ON >/dev/null || return 1
    fi
    cmake --build "$build" --parallel "$jobs" >/dev/null
}

# One valgrind run; its log is shown only when it fails.
memcheck() {
    local log
    log="$(mktemp)"
    if valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --show-leak-kinds=definite,indirect --error-exitcode=1 --track-origins=no \
        --suppressions="$here/tests/valgrind.supp" --log-file="$log" "$@" >/dev/null 2>&1; then
        rm -f "$log"
        echo "  clean: ${*##*/}"
        return 0
    fi
    echo "  FAILED: $*" >&2
    tail -n 60 "$log" >&2
    rm -f "$log"
    return 1
}
export -f memcheck
export here

stage_valgrind() {
    command -v valgrind >/dev/null || { echo "valgrind not found" >&2; return 1; }
    ensure_normal_build || return 1
    local programs=() p
    for p in "$build"/tests/test_*; do
        [ -x "$p" ] && [ -f "$p" ] || continue
        # test_threads: 8 threads serialised by valgrind take minutes; it
        # is covered by the tsan stage and the CLI runs below.
        case "${p##*/}" in test_threads | test_cplusplus) continue ;; esac
        programs+=("$(cd "$(dirname "$p")" && pwd)/${p##*/}")
    done
    local status=0
    # Two at a time; the unit tests run from the repository (as under ctest).
    printf '%s\n' "${programs[@]}" |
        ARTICLE_HOSTILE_SMALL=1 xargs -P "$jobs" -I{} bash -c 'memcheck "$1"' _ {} || status=1
    # The fuzz replays: seeds and every saved regression.
    for p in html json; do
        if [ -x "$build/tests/fuzz_${p}_replay" ]; then
            memcheck "$build/tests/fuzz_${p}_replay" tests/fuzz/seeds/$p tests/fuzz/regressions/$p ||
                status=1
        fi
    done
    # The CLI on a few corpus pages, every output format, and on a JSON.
    local cli="$build/article" corpus="$here/../shared/corpus/zyte/html" f to
    local pages=()
    [ -d "$corpus" ] && pages=("$corpus"/*.html.gz)
    if [ -x "$cli" ] && [ "${#pages[@]}" -ge 6 ]; then
        for f in "${pages[@]:0:3}"; do
            for to in json html md text; do
                memcheck "$cli" convert --to "$to" "$f" || status=1
            done
        done
        memcheck "$cli" convert --jsonl "${pages[@]:3:3}" || status=1
    fi
    if [ -x "$cli" ] && [ -f examples/seed-article.json ]; then
        memcheck "$cli" convert --to html examples/seed-article.json || status=1
        memcheck "$cli" validate examples/seed-article.json || status=1
    fi
    return $status
}

stage_tsan() {
    need_clang || return 1
    # Only the library and test_threads: the other tests are not threaded.
    cmake -S . -B build-tsan -G Ninja -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DARTICLE_WERROR=ON -DARTICLE_BUILD_PYTHON=OFF -DARTICLE_BUILD_EXAMPLES=OFF \
        -DARTICLE_BUILD_SHARED=OFF -DCMAKE_C_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
        -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread \
        >/dev/null || return 1
    cmake --build build-tsan --parallel "$jobs" --target test_threads >/dev/null || return 1
    TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 build-tsan/tests/test_threads
}

stage_fuzz() {
    need_clang || return 1
    # In CI the smoke is deterministic (a fixed seed and input count, see
    # run.sh): per second of budget 20 HTML inputs, 2,000 JSON documents,
    # 200 generated models, 40 batch files.
    ARTICLE_FUZZ_RUNS="${ARTICLE_FUZZ_RUNS:-20}" \
    ARTICLE_FUZZ_BUILD_DIR="$here/build-asan" bash tests/fuzz/run.sh "$fuzz_seconds"
}

for s in "${stages[@]}"; do
    case "$s" in
    asan | valgrind | tsan | fuzz) stage "$s" ;;
    *)
        echo "unknown stage: $s (asan valgrind tsan fuzz)" >&2
        exit 2
        ;;
    esac
done

echo "hardening: ${#stages[@]} stages in $((SECONDS - total_start))s, ${#failed[@]} failed${failed[*]:+: ${failed[*]}}"
[ "${#failed[@]}" -eq 0 ]
