#!/usr/bin/env python3
"""The whole process, as a user runs it, next to libxml2's bare parse.

    tests/bench/whole.py [--build BUILD] [--rounds N] [--dir DIR] [--sizes MB,...]

Batch: in each round (rounds interleaved, median shown), in one run:
  bare        bench_article --stage libxml2_tree (pages in memory)
  in-process  bench_article --stage from_html_to_json
  cli -j1     article convert -j 1 --jsonl DIR/* > /dev/null
  cli -j2     the same with -j 2
CPU time (the child's user + system, getrusage) for pages/s, as
bench_article counts it, so that other people's jobs do not count; the -j2
line also shows its wall-clock speed-up over -j1 (meaningful only on an
idle machine with two free cores). The ratios are per round, then the
median.

Large pages: for each size, a page of paragraphs generated here (the
issue's 48 MB page is 800,000 paragraphs), read by
`article convert -t json` and parsed by `xmllint --html --noout`: CPU time
and peak RSS of each process, and the ratios. Files go to a temporary
directory, removed at the end.
"""
from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PARAGRAPH = "<p>Paragraph {} of a long page, with a few words in it.</p>\n"


def child_run(argv: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float, int]:
    """Runs argv; returns (CPU seconds, wall seconds, peak RSS in KB) of it alone."""
    start = time.monotonic()
    # wait4 gives this child's own rusage (RUSAGE_CHILDREN's ru_maxrss is
    # the largest of all children so far).
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"{argv[0]} failed ({proc.returncode}): {err[-500:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss


def bench_stage(build: str, stage: str, directory: str, passes: int) -> float:
    """pages/s of one bench_article stage (CPU time, median of its passes)."""
    out = subprocess.run([os.path.join(build, "bench_article"), "--tsv", "--passes",
                          str(passes), "--stage", stage, directory],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        cols = line.split("\t")
        if cols[0] == stage:
            return float(cols[4])
    sys.exit(f"bench_article printed no {stage} line:\n{out}")


def batch(args: argparse.Namespace) -> None:
    pages = sorted(glob.glob(os.path.join(args.dir, "*.html*")))
    if not pages:
        sys.exit(f"no pages in {args.dir}")
    cli = os.path.join(args.build, "article")
    rows: dict[str, list[float]] = {k: [] for k in
                                    ("bare", "inproc", "cli1", "cli2", "ratio_in",
                                     "ratio_cli1", "ratio_cli2", "scale_wall")}
    for r in range(args.rounds):
        bare = bench_stage(args.build, "libxml2_tree", args.dir, args.passes)
        inproc = bench_stage(args.build, "from_html_to_json", args.dir, args.passes)
        cpu1, wall1, _ = child_run([cli, "convert", "-j", "1", "--jsonl", *pages])
        cpu2, wall2, _ = child_run([cli, "convert", "-j", "2", "--jsonl", *pages])
        cli1, cli2 = len(pages) / cpu1, len(pages) / cpu2
        for k, v in (("bare", bare), ("inproc", inproc), ("cli1", cli1), ("cli2", cli2),
                     ("ratio_in", inproc / bare), ("ratio_cli1", cli1 / bare),
                     ("ratio_cli2", cli2 / bare), ("scale_wall", wall1 / wall2)):
            rows[k].append(v)
        print(f"round {r + 1}: bare {bare:.0f}, from_html+to_json {inproc:.0f} "
              f"({inproc / bare:.3f}), cli -j1 {cli1:.0f} ({cli1 / bare:.3f}), "
              f"cli -j2 {cli2:.0f} cpu, wall x{wall1 / wall2:.2f}", file=sys.stderr)
    med = {k: statistics.median(v) for k, v in rows.items()}
    print(f"\n{len(pages)} pages in {args.dir}; {args.rounds} interleaved rounds, median; "
          "CPU time")
    print("| run | pages/s | x bare (pages/s over bare) |")
    print("|---|---:|---:|")
    print(f"| libxml2 bare parse (in memory) | {med['bare']:.0f} | 1 |")
    print(f"| from_html + to_json (in process) | {med['inproc']:.0f} | {med['ratio_in']:.3f} |")
    print(f"| article convert -j 1 --jsonl | {med['cli1']:.0f} | {med['ratio_cli1']:.3f} |")
    print(f"| article convert -j 2 --jsonl | {med['cli2']:.0f} | {med['ratio_cli2']:.3f} |")
    print(f"\n-j 2 over -j 1 in wall time: x{med['scale_wall']:.2f} "
          f"(rounds: {', '.join(f'{x:.2f}' for x in rows['scale_wall'])})")


def write_page(path: str, paragraphs: int) -> int:
    with open(path, "w", encoding="ascii") as f:
        f.write("<!DOCTYPE html><html><head><title>A long page</title></head><body>"
                "<article><h1>A long page</h1>\n")
        for start in range(0, paragraphs, 10000):
            f.write("".join(PARAGRAPH.format(i)
                            for i in range(start, min(start + 10000, paragraphs))))
        f.write("</article></body></html>\n")
    return os.path.getsize(path)


def large(args: argparse.Namespace) -> None:
    xmllint = shutil.which("xmllint")
    if not xmllint:
        sys.exit("xmllint not found (Debian: libxml2-utils)")
    cli = os.path.join(args.build, "article")
    tmp = tempfile.mkdtemp(prefix="article-large-")
    try:
        print("\nLarge pages: paragraphs generated here; CPU time and peak RSS, "
              f"median of {args.rounds} interleaved rounds")
        print("| page | paragraphs | xmllint s | xmllint MB | article s | article MB "
              "| x xmllint time | peak RSS / page size | x xmllint RSS |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for mb in args.sizes:
            paragraphs = int(mb * 800000 / 48)
            path = os.path.join(tmp, f"page-{mb}mb.html")
            size = write_page(path, paragraphs)
            lint, art = [], []
            for _ in range(args.rounds):
                lint.append(child_run([xmllint, "--html", "--noout", path]))
                art.append(child_run([cli, "convert", "-t", "json", path]))
            lt = statistics.median(x[0] for x in lint)
            lm = statistics.median(x[2] for x in lint) / 1024
            at = statistics.median(x[0] for x in art)
            am = statistics.median(x[2] for x in art) / 1024
            tr = statistics.median(a[0] / b[0] for a, b in zip(art, lint))
            print(f"| {size / 1e6:.1f} MB | {paragraphs} | {lt:.2f} | {lm:.0f} | {at:.2f} | "
                  f"{am:.0f} | {tr:.2f} | {am * 1024 * 1024 / size:.1f} | {am / lm:.2f} |")
            os.unlink(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--dir", default=os.path.join(ROOT, "..", "shared", "corpus", "zyte", "html"))
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--passes", type=int, default=3, help="bench_article passes per round")
    p.add_argument("--sizes", default="1,4,16,48",
                   help="large pages to generate, in MB (48: 800,000 paragraphs); '' for none")
    p.add_argument("--no-batch", action="store_true", help="large pages only")
    args = p.parse_args()
    args.sizes = [float(x) for x in args.sizes.split(",") if x]
    if not args.no_batch:
        batch(args)
    if args.sizes:
        large(args)


if __name__ == "__main__":
    main()
