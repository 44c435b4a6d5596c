"""Builds the cffi extension ``article._article`` (out-of-line API mode).

Where libarticle is found, first match wins:

1. ``ARTICLE_INCLUDE_DIR`` / ``ARTICLE_LIBRARY_DIR``: an in-tree CMake build
   (the ctest hook sets them);
2. ``pkg-config article``: an installed library;
3. ``ARTICLE_PREFIX``: a prefix holding ``include/`` and ``lib/``;
4. the compiler's default paths.

Run directly to build the module into a directory::

    python3 _build.py --out build/python

setuptools uses ``ffibuilder`` through ``cffi_modules`` in setup.py. The
wheel built at the repository root (``pip install .``, scikit-build-core)
only takes the module's C source from here (``--emit-c FILE``) and lets
CMake compile it with libarticle linked in (bindings/python/CMakeLists.txt).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from cffi import FFI

HERE = Path(__file__).resolve().parent


def _pkg_config(*args: str) -> list[str] | None:
    """The output of ``pkg-config args article`` split, or None if unknown."""
    exe = shutil.which("pkg-config")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, *args, "article"], check=True, capture_output=True,
                             text=True).stdout
    except subprocess.CalledProcessError:
        return None
    return shlex.split(out)


def _locate() -> tuple[list[str], list[str], list[str]]:
    """Include dirs, library dirs and run-time library dirs of libarticle."""
    inc = os.environ.get("ARTICLE_INCLUDE_DIR")
    lib = os.environ.get("ARTICLE_LIBRARY_DIR")
    if inc or lib:
        # An in-tree build: the library is not installed, so record its
        # directory as the rpath and the module loads without LD_LIBRARY_PATH.
        libs = [lib] if lib else []
        return ([inc] if inc else []), libs, libs
    cflags = _pkg_config("--cflags-only-I")
    ldflags = _pkg_config("--libs-only-L")
    if cflags is not None and ldflags is not None:
        incs = [f[2:] for f in cflags if f.startswith("-I")]
        libs = [f[2:] for f in ldflags if f.startswith("-L")]
        return incs, libs, libs
    prefix = os.environ.get("ARTICLE_PREFIX")
    if prefix:
        p = Path(prefix)
        libs = [str(d) for d in (p / "lib", p / "lib64") if d.is_dir()]
        return [str(p / "include")], libs, libs
    return [], [], []


def _make_builder() -> FFI:
    builder = FFI()
    builder.cdef((HERE / "_cdef.h").read_text(encoding="utf-8"))
    include_dirs, library_dirs, runtime_dirs = _locate()
    builder.set_source(
        "article._article",
        "#include <article/article.h>",
        libraries=["article"],
        include_dirs=include_dirs,
        library_dirs=library_dirs,
        runtime_library_dirs=runtime_dirs,
    )
    return builder


ffibuilder = _make_builder()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "build",
                        help="directory that receives article/ (the package and its module)")
    parser.add_argument("--emit-c", type=Path, metavar="FILE",
                        help="only write the module's C source to FILE (for CMake)")
    args = parser.parse_args(argv)
    if args.emit_c:
        # cffi rewrites the file only when its content changes, so CMake
        # does not recompile the module on every build.
        ffibuilder.emit_c_code(str(args.emit_c))
        return 0
    out: Path = args.out.resolve()
    pkg = out / "article"
    # Copy the pure-Python package next to the module so that `out` alone
    # goes on sys.path; a stale copy is replaced, never merged.
    if pkg.exists():
        shutil.rmtree(pkg)
    shutil.copytree(HERE / "article", pkg,
                    ignore=shutil.ignore_patterns("__pycache__", "_article.*.so", "_article.c"))
    tmp = out / "cffi-tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    built = ffibuilder.compile(tmpdir=str(tmp), verbose=False)
    dest = pkg / Path(built).name
    shutil.copy2(built, dest)
    print(dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
