#!/bin/sh
# The distributions' route: install libarticle into a prefix outside the
# loader's path, build the binding against it with pkg-config, and import
# it with no LD_LIBRARY_PATH: the module's RUNPATH must name the prefix's
# library directory (ctest: python_prefix).
#
#   check_prefix.sh BUILD_DIR SOURCE_DIR WORK_DIR [PYTHON]
set -eu
build=$1
src=$2
work=$3
py=${4:-python3}
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
pc=$(find "$work/prefix" -name article.pc | head -n 1)
[ -n "$pc" ] || { echo "prefix: no article.pc installed" >&2; exit 1; }
PKG_CONFIG_PATH=$(dirname "$pc") ARTICLE_INCLUDE_DIR= ARTICLE_LIBRARY_DIR= \
    "$py" "$src/bindings/python/_build.py" --out "$work/python" >/dev/null
cd "$work"
env -u LD_LIBRARY_PATH PYTHONPATH="$work/python" "$py" -c '
import article, sys
doc = article.from_html(b"<html><head><title>Prefix</title></head><body><p>x</p></body></html>")
assert doc.title == "Prefix", doc.title
print("prefix: import article", article.__version__, "without LD_LIBRARY_PATH")
'
