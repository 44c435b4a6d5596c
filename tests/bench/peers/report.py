"""Prints the peer table from tests/bench/results: speed and zyte F1.

Each RESULTS/<peer>.jsonl (predictions) is scored with tests/bench/zyte_score.py,
the project's scorer. Speed comes from RESULTS/<peer>.speed ("pages<TAB>seconds")
for the peers and from RESULTS/libarticle.speed (bench_article --tsv, stage
from_html_to_json) for libarticle. The last column is libarticle's pages/s
over the peer's: above 1, libarticle is faster.

When zyte_score.py is absent or prints nothing this script can read, the
metric of ../shared/corpus/README.md is computed here instead, and the
table says so.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys


def shingles(text):
    words = re.findall(r"\w+", text or "")
    if len(words) < 4:
        return collections.Counter([tuple(words)]) if words else collections.Counter()
    return collections.Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))


def builtin_score(truth, predictions):
    """The corpus README's metric: (precision, recall, f1)."""
    ps, rs = [], []
    for page_id, item in truth.items():
        t = shingles(item.get("articleBody", ""))
        p = shingles(predictions.get(page_id, ""))
        tp = sum((t & p).values())
        fp = sum((p - t).values())
        fn = sum((t - p).values())
        total = tp + fp + fn
        if total == 0:
            continue
        tp, fp, fn = tp / total, fp / total, fn / total
        if tp + fp > 0:
            ps.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            rs.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fn))
    prec = sum(ps) / len(ps) if ps else 0.0
    rec = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def project_score(scorer, corpus, jsonl):
    """(precision, recall, f1) as zyte_score.py prints them, or None."""
    if not os.path.exists(scorer):
        return None
    try:
        out = subprocess.run([sys.executable, scorer, "--corpus", corpus, "--predictions",
                              jsonl, "--worst", "0"], capture_output=True, text=True,
                             timeout=600).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = {}
    for key, pattern in (("p", r"precision"), ("r", r"recall"), ("f", r"\bf1\b")):
        m = re.search(pattern + r"\W{0,4}\s*([01](?:\.\d+)?)", out, re.IGNORECASE)
        if m:
            found[key] = float(m.group(1))
    if len(found) != 3:
        return None
    return found["p"], found["r"], found["f"]


def read_predictions(path):
    preds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                item = json.loads(line)
                preds[item["id"]] = item.get("text") or ""
    return preds


def read_speed(results, peer):
    """pages/s, or None when unmeasured."""
    if peer == "libarticle":
        path = os.path.join(results, "libarticle.speed")
        if not os.path.exists(path):
            return None
        for line in open(path):
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "from_html_to_json" and len(cols) >= 5 and cols[1] != "unavailable":
                return float(cols[4])
        return None
    path = os.path.join(results, peer + ".speed")
    if not os.path.exists(path):
        return None
    pages, seconds = open(path).read().split()
    return int(pages) / float(seconds)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--corpus", required=True)
    args = ap.parse_args()
    with open(os.path.join(args.corpus, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)

    peers = sorted(n[:-6] for n in os.listdir(args.results) if n.endswith(".jsonl"))
    peers.sort(key=lambda n: (n != "libarticle", n))
    ours = read_speed(args.results, "libarticle")
    used_builtin = False
    print(f"{'peer':<26} {'pages/s':>9} {'F1':>6} {'P':>6} {'R':>6} {'ours/peer':>10}")
    for peer in peers:
        jsonl = os.path.join(args.results, peer + ".jsonl")
        score = project_score(args.scorer, args.corpus, jsonl)
        if score is None:
            score = builtin_score(truth, read_predictions(jsonl))
            used_builtin = True
        prec, rec, f1 = score
        speed = read_speed(args.results, peer)
        speed_s = f"{speed:9.1f}" if speed else f"{'-':>9}"
        ratio_s = f"{ours / speed:10.1f}" if ours and speed else f"{'-':>10}"
        print(f"{peer:<26} {speed_s} {f1:6.3f} {prec:6.3f} {rec:6.3f} {ratio_s}")
    if used_builtin:
        print("(scored by report.py's own copy of the metric: zyte_score.py "
              "missing or unreadable)")


if __name__ == "__main__":
    main()
