# Shared by run.sh (CI's smoke) and campaign.sh (long runs): the build of
# the libFuzzer harnesses and their seed folders. Sourced, not run.
#   fuzz_build          configures and builds $build (ASan + UBSan, clang)
#   fuzz_seeds H DIR    fills DIR with harness H's seeds (never in the repo)
#   fuzz_max_len H      the -max_len that suits H
#   fuzz_dict_arg H     its -dict= argument, if any
# Needs $root (the repository) and $build.

FUZZ_HARNESSES="html json model batch page"

fuzz_build() {
    local cc
    cc=$(command -v clang-14 || command -v clang)
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DARTICLE_FUZZ=ON -DARTICLE_SANITIZE=ON -DARTICLE_BUILD_SHARED=OFF -DARTICLE_BUILD_PYTHON=OFF \
        -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null || return 1
    # shellcheck disable=SC2086
    ninja -C "$build" $(printf 'fuzz_%s ' $FUZZ_HARNESSES) >/dev/null
}

fuzz_max_len() {
    case "$1" in
    html | model) echo 4096 ;;    # element-level snippets; a few KB of choices
    json) echo 16384 ;;
    batch) echo 65536 ;;
    page) echo 262144 ;;          # whole pages: slow, see README
    esac
}

# The dictionary for H, or nothing (the model harness reads no text).
fuzz_dict_arg() {
    case "$1" in
    json) echo "-dict=$root/tests/fuzz/json.dict" ;;
    html | page | batch) echo "-dict=$root/tests/fuzz/html.dict" ;;
    esac
}

# Seeds: the repository's own (seeds/H, and corpus/H, the corpus kept from
# earlier campaigns) plus some made here. Corpus pages (../shared/corpus)
# seed only the whole-page harness, and only in the build folder: they must
# never enter the repository.
fuzz_seeds() {
    local h=$1 dir=$2 f i
    mkdir -p "$dir"
    for f in "$root/tests/fuzz/seeds/$h" "$root/tests/fuzz/corpus/$h"; do
        [ -d "$f" ] && find "$f" -maxdepth 1 -type f -exec cp {} "$dir/" \;
    done
    case "$h" in
    json)
        find "$root/examples" "$root/tests/json" -name '*.json' -size -200k \
            -exec sh -c 'cp "$1" "$2/$(echo "$1" | md5sum | cut -c1-12).json"' _ {} "$dir" \; ;;
    html)
        # One tiny page per tag of the dictionary, the first byte 0 (the
        # default options): "<figure>x</figure>".
        i=0
        grep -o '^"<[a-z0-9]*[^"]*"' "$root/tests/fuzz/html.dict" | sed 's/^"//; s/"$//; s/\\"/"/g' |
            while IFS= read -r tag; do
                i=$((i + 1))
                name=$(echo "$tag" | sed -n 's/^<\([a-z0-9]*\).*/\1/p')
                { printf '\0%s x' "$tag"; [ -n "$name" ] && printf '</%s>' "$name"; } >"$dir/dict-$i.html"
            done ;;
    page)
        local corpus=$root/../shared/corpus
        i=0
        for f in "$corpus"/zyte/html/*.html.gz; do
            [ -f "$f" ] || break
            i=$((i + 1)); [ $i -le 40 ] || break
            { printf '\0'; gzip -dc "$f"; } >"$dir/zyte-$i.html"
        done
        # The project's own pages: every example and valid JSON case, written
        # as a full page by the CLI when it is built.
        local cli=$root/build/article
        if [ -x "$cli" ]; then
            for f in "$root"/examples/*.json "$root"/tests/json/valid/*/input.json; do
                [ -f "$f" ] || continue
                i=$((i + 1))
                { printf '\0'; "$cli" convert --to html "$f" 2>/dev/null; } >"$dir/own-$i.html"
            done
        fi ;;
    esac
}
