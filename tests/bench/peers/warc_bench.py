"""WARC to JSON Lines, per core: libarticle, trafilatura and resiliparse on one WARC.

Run by ``tests/bench/peers.sh warc`` inside tests/bench/.venv, on a WARC.gz
of the zyte pages (tests/bench/../../bindings/python/tests/make_warc.py).
Each extractor runs in this one process (one core), in turn, over the same
file read by the same WARC library (FastWARC, through article.warc.records:
HTML response records, their URI and HTTP charset), and writes one JSON line
per record to OUT/warc-<name>.jsonl. The clock (process CPU time, or the
wall clock with --wall) covers everything: reading and decompressing the
WARC, extraction, JSON encoding and writing. The median of PASSES passes is
reported, after a warm-up on the first 5 records.

- libarticle: ``article.from_html(payload, uri, charset=...)``, the full
  article JSON written (``{"url", "article"}``), as ``article convert`` or
  ``python -m article.dask`` would. Its body text for F1 is taken from
  that JSON after the clock (article.warc.body_text of article.from_json).
- trafilatura: ``trafilatura.extract(payload, url=uri, include_comments=False)``
  (bytes: trafilatura decodes them itself), ``{"url", "text"}``.
- resiliparse: ``extract_plain_text(HTMLTree.parse_from_bytes(payload,
  charset or detect_encoding(payload)), main_content=True)``, ``{"url", "text"}``.

F1, precision and recall: tests/bench/zyte_score.py's metric on the zyte
pages in the WARC (matched by URL to ground-truth.json).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from typing import Any, Callable

HERE = os.path.dirname(os.path.abspath(__file__))


def make_libarticle() -> tuple[Callable[[Any], str], Callable[[str], str]]:
    import article
    from article.warc import body_text

    def run(rec: Any) -> str:
        try:
            doc = article.from_html(rec.payload, rec.uri or None, charset=rec.charset)
            art = doc.to_json()
        except article.ArticleError as e:
            return json.dumps({"url": rec.uri, "error": str(e)}, ensure_ascii=False)
        # The article's JSON goes in as is (it is JSON already).
        return '{"url":' + json.dumps(rec.uri, ensure_ascii=False) + ',"article":' + art + "}"

    def text(line: str) -> str:
        obj = json.loads(line)
        if "article" not in obj:
            return ""
        return body_text(article.from_dict(obj["article"]))

    return run, text


def make_trafilatura() -> tuple[Callable[[Any], str], Callable[[str], str]]:
    import trafilatura

    def run(rec: Any) -> str:
        out = trafilatura.extract(rec.payload, url=rec.uri, include_comments=False)
        return json.dumps({"url": rec.uri, "text": out or ""}, ensure_ascii=False)

    return run, lambda line: json.loads(line).get("text", "")


def make_resiliparse() -> tuple[Callable[[Any], str], Callable[[str], str]]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(rec: Any) -> str:
        tree = HTMLTree.parse_from_bytes(rec.payload, rec.charset or detect_encoding(rec.payload))
        out = extract_plain_text(tree, main_content=True)
        return json.dumps({"url": rec.uri, "text": out}, ensure_ascii=False)

    return run, lambda line: json.loads(line).get("text", "")


EXTRACTORS = {"libarticle": make_libarticle, "trafilatura": make_trafilatura,
              "resiliparse": make_resiliparse}


def one_pass(warc: str, run: Callable[[Any], str], out_path: str, wall: bool) -> tuple[int, float]:
    from article.warc import records

    clock = time.perf_counter if wall else time.process_time
    n = 0
    start = clock()
    with open(out_path, "w", encoding="utf-8") as out:
        for rec in records(warc):
            out.write(run(rec) + "\n")
            n += 1
    return n, clock() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warc", required=True)
    ap.add_argument("--corpus", required=True, help="the zyte corpus (ground-truth.json)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--wall", action="store_true")
    ap.add_argument("--only", nargs="*", choices=sorted(EXTRACTORS), default=None)
    args = ap.parse_args()
    sys.path.insert(0, os.path.dirname(HERE))
    from article.warc import records
    from zyte_score import evaluate

    with open(os.path.join(args.corpus, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    by_url = {item["url"]: pid for pid, item in truth.items()}
    os.makedirs(args.out, exist_ok=True)
    warm = [r for _, r in zip(range(5), records(args.warc))]
    rows = []
    for name in args.only or list(EXTRACTORS):
        run, text = EXTRACTORS[name]()
        for rec in warm:
            run(rec)
        out_path = os.path.join(args.out, f"warc-{name}.jsonl")
        times = []
        for _ in range(max(1, args.passes)):
            n, secs = one_pass(args.warc, run, out_path, args.wall)
            times.append(secs)
        secs = statistics.median(times)
        preds = {}
        with open(out_path, encoding="utf-8") as f:
            for line in f:
                url = json.loads(line).get("url")
                if url in by_url:
                    preds[by_url[url]] = text(line)
        scored = {pid: truth[pid] for pid in preds}
        p, r, f1, _ = evaluate(scored, preds)
        rows.append((name, n, secs, n / secs if secs else 0.0, f1, p, r, len(scored)))
        print(f"{name}: {n} records in {secs:.2f} s", file=sys.stderr)
    clock = "wall clock" if args.wall else "CPU time"
    print(f"WARC -> JSON Lines, one process (one core), {clock}, median of {args.passes} "
          f"pass(es): {args.warc}")
    print(f"| extractor | records | seconds | pages/s per core | F1 | P | R | scored pages |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, n, secs, rate, f1, p, r, k in rows:
        print(f"| {name} | {n} | {secs:.2f} | {rate:.1f} | {f1:.3f} | {p:.3f} | {r:.3f} | {k} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
