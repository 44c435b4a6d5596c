#!/bin/sh
# `pip wheel .` at the repository root, then the wheel in a fresh virtual
# environment: `import article` and the `article` command must work with no
# libarticle installed and no LD_LIBRARY_PATH (ctest: python_wheel).
#
#   check_wheel.sh SOURCE_DIR WORK_DIR [PYTHON]
#
# The build is offline (--no-build-isolation: scikit-build-core and cffi
# come from requirements.txt); the venv sees the system's site-packages
# only for cffi, and the test checks that `article` comes from the venv.
# The library is compiled at -O0: this checks the packaging, not the speed,
# and -O0 halves the compile time (about 8 s of CPU instead of 14).
set -eu
src=$1
work=$2
py=${3:-python3}
rm -rf "$work"
mkdir -p "$work"
"$py" -m pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation \
    --config-settings=build.tool-args=-j2 --config-settings=cmake.build-type=Debug \
    --config-settings=cmake.define.CMAKE_C_FLAGS_DEBUG=-O0 -w "$work/dist" "$src"
"$py" -m venv --system-site-packages "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps --no-index \
    "$work"/dist/libarticle-*.whl
cd "$work"
env -u LD_LIBRARY_PATH -u PYTHONPATH "$work/venv/bin/python" - <<'PYEOF'
import sys
import article
assert article.__file__.startswith(sys.prefix), article.__file__
doc = article.from_html(b"<html><head><title>Wheel</title></head><body><article><h1>Wheel</h1>"
                        b"<p>One wheel holds the library and its binding.</p></article></body></html>")
assert doc.title == "Wheel", doc.title
print("wheel: import article", article.__version__, "from", article.__file__)
PYEOF
printf '<html><head><title>CLI</title></head><body><p>From the wheel.</p></body></html>' \
    >"$work/page.html"
env -u LD_LIBRARY_PATH "$work/venv/bin/article" convert --to json "$work/page.html" |
    grep -q '"title":"CLI"'
echo "wheel: the article command runs"
