#!/usr/bin/env python3
"""Scores the page type and the confidence on the modern-web corpus.

For each half of ../shared/corpus/modern (tests/bench/halves.py: tune the
rules on one, check them on the other) it prints:
  - the page-type confusion matrix (truth in rows, the reader's type in
    columns) and the accuracy; the corpus's `blog` counts as article and
    `collection` as listing;
  - precision and recall of "is an article", and the same without the
    pages whose label looks wrong (DOUBTED);
  - the calibration of the confidence: pages and mean body F1 per band of
    confidence, the mean F1 of pages at 0.8 or more, and the share of the
    pages with F1 < 0.5 that have a confidence under 0.5.
The body F1 is the corpus's shingle metric (zyte_score.py) of the body's
text as corpus_score.py reads it (with the comments on pages the corpus
labels forum: there the content includes the replies).

  python3 tests/bench/pagetype_score.py --article-lib build/libarticle.so
  python3 tests/bench/pagetype_score.py --article-lib ... --half tune --show-misses
  python3 tests/bench/pagetype_score.py --article-lib ... --min-accuracy 0.84  # a floor
  python3 tests/bench/pagetype_score.py --article-lib ... --without declared_kind
"""
import argparse
import ctypes
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from halves import half  # noqa: E402
import corpus_score  # noqa: E402
from zyte_score import page_scores  # noqa: E402

TYPES = ["article", "forum", "product", "documentation", "service", "listing", "other"]
TRUTH_ALIAS = {"blog": "article", "collection": "listing"}
# Pages whose label looks wrong to a reader of the page. The scores take
# the corpus's labels as they are; one more line per half says what "is
# an article" would be without these pages, to tell how much of its
# precision the labels cost. Tune's are also left out of pagetype_fit.py's
# fit; check's (false articles only, judged after the fact) choose nothing.
DOUBTED = {
    # tune
    "0741": "a company's blog post (Wix /post/ URL), labelled forum",
    "0898": "a news post (Wix /post/ URL), labelled forum",
    "2035": "a company's blog post (Wix /post/ URL), labelled forum",
    "1795": "a local TV station's front page, labelled forum",
    "1142": "a software download page (/community/ is the edition's name), labelled forum",
    "0551": "a bot check with no content and no URL, labelled forum",
    "0341": "the same page as 2131, labelled article here and documentation there",
    "2131": "the same page as 0341, labelled documentation here and article there",
    # check
    "2740": "a dated, signed first-person app review under /post/, labelled forum",
    "2645": "a vendor's weekly release notes on its blog (/blog/post/), labelled forum",
    "2559": "a blog post under /post/, labelled forum; the corpus holds it as 0431 too, "
            "labelled article",
    "1513": "a vendor's dated, signed blog post (/blog/learn/), labelled documentation",
    "1806": "a \"5 mistakes and tips\" article, labelled listing",
}
BANDS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)]

class Reader(corpus_score.Reader):
    """corpus_score's reader (the body's text as every bench scores it),
    plus the page type and the confidence of the same page."""

    def __init__(self, path):
        super().__init__(path)
        lib = self.lib
        lib.article_doc_page_type.restype = ctypes.c_int
        lib.article_doc_page_type.argtypes = [ctypes.c_void_p]
        lib.article_page_type_string.restype = ctypes.c_char_p
        lib.article_page_type_string.argtypes = [ctypes.c_int]
        lib.article_doc_confidence.restype = ctypes.c_double
        lib.article_doc_confidence.argtypes = [ctypes.c_void_p]

    def read(self, html, url, comments):
        """(page type, confidence, body text) of one page, read once. The
        text is corpus_score.Reader.doc_text()'s."""
        lib = self.lib
        buf, keep = self._options(url)
        doc = lib.article_from_html(html, len(html), buf, None)
        del keep
        if not doc:
            return None, -1.0, ""
        try:
            t = lib.article_page_type_string(lib.article_doc_page_type(doc))
            conf = lib.article_doc_confidence(doc)
            text = self.doc_text(doc, captions=False, comments=comments)
        finally:
            lib.article_doc_free(doc)
        return (t.decode() if t else None), conf, text


def f1_of(truth, pred):
    p, r, _, _ = page_scores(truth, pred)
    return 2 * p * r / (p + r) if p + r else 0.0


def report(name, rows, show_misses):
    """Prints the half's tables; returns its headline numbers."""
    print(f"== {name} half: {len(rows)} pages")
    used = [t for t in TYPES if any(r["truth"] == t or r["type"] == t for r in rows)]
    width = max(len(t) for t in used) + 1
    print(" " * width + "".join(f"{t[:6]:>7}" for t in used) + "   recall")
    for t in used:
        line = [sum(1 for r in rows if r["truth"] == t and r["type"] == p) for p in used]
        n = sum(1 for r in rows if r["truth"] == t)
        rec = line[used.index(t)] / n if n else 0.0
        print(f"{t:<{width}}" + "".join(f"{v:>7}" for v in line) + f"   {rec:.2f}")
    acc = sum(1 for r in rows if r["truth"] == r["type"]) / len(rows)
    print(f"accuracy {acc:.3f}")
    pred_a = [r for r in rows if r["type"] == "article"]
    true_a = [r for r in rows if r["truth"] == "article"]
    tp = sum(1 for r in pred_a if r["truth"] == "article")
    print(f"is an article: precision {tp / len(pred_a) if pred_a else 0:.3f} "
          f"recall {tp / len(true_a) if true_a else 0:.3f} ({tp}/{len(pred_a)} predicted, "
          f"{len(true_a)} true)")
    kept = [r for r in rows if r["id"] not in DOUBTED]
    pred_k = [r for r in kept if r["type"] == "article"]
    tp_k = sum(1 for r in pred_k if r["truth"] == "article")
    true_k = sum(1 for r in kept if r["truth"] == "article")
    print(f"  without the {len(rows) - len(kept)} pages whose label is doubted (DOUBTED): "
          f"precision {tp_k / len(pred_k) if pred_k else 0:.3f} "
          f"recall {tp_k / true_k if true_k else 0:.3f} ({tp_k}/{len(pred_k)}, {true_k})")
    print("confidence band   pages  mean F1")
    for lo, hi in BANDS:
        band = [r["f1"] for r in rows if lo <= r["conf"] < hi]
        mean = sum(band) / len(band) if band else 0.0
        print(f"  [{lo:.1f}, {min(hi, 1.0):.1f}{')' if hi < 1 else ']'}     {len(band):>5}  {mean:.3f}")
    high = [r["f1"] for r in rows if r["conf"] >= 0.8]
    bad = [r for r in rows if r["f1"] < 0.5]
    low_bad = sum(1 for r in bad if r["conf"] < 0.5)
    print(f"confidence >= 0.8: {len(high)} pages, mean F1 "
          f"{sum(high) / len(high) if high else 0:.3f}")
    print(f"F1 < 0.5: {len(bad)} pages, {low_bad} with confidence < 0.5 "
          f"({low_bad / len(bad) if bad else 0:.2f})")
    stats = {"accuracy": acc,
             "article_precision": tp / len(pred_a) if pred_a else 0.0,
             "article_recall": tp / len(true_a) if true_a else 0.0,
             "confident_f1": sum(high) / len(high) if high else 0.0,
             "bad_low_share": low_bad / len(bad) if bad else 1.0}
    if show_misses:
        for r in sorted(rows, key=lambda r: (r["truth"], r["id"])):
            if r["truth"] != r["type"]:
                print(f"  miss {r['id']} {r['truth']} -> {r['type']}  {r['url'][:90]}")
        for r in sorted(rows, key=lambda r: -r["conf"]):
            if r["conf"] >= 0.8 and r["f1"] < 0.8:
                print(f"  overconfident {r['id']} conf {r['conf']:.2f} F1 {r['f1']:.2f} "
                      f"{r['truth']}  {r['url'][:80]}")
    print()
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--article-lib", required=True, help="path to libarticle.so")
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared",
                                                     "corpus", "modern"))
    ap.add_argument("--half", choices=["tune", "check", "both"], default="both")
    ap.add_argument("--show-misses", action="store_true",
                    help="list wrong types and pages confident but wrong")
    ap.add_argument("--dump", help="write one JSON line per page to this file")
    ap.add_argument("--without", help="rules to switch off, comma-separated (as "
                    "corpus_score.py's: ARTICLE_DEV_WITHOUT), e.g. declared_kind")
    for key, what in (("accuracy", "page-type accuracy"),
                      ("article-precision", "precision of 'is an article'"),
                      ("article-recall", "recall of 'is an article'"),
                      ("confident-f1", "mean F1 of the pages at confidence >= 0.8"),
                      ("bad-low-share", "share of the pages under F1 0.5 at confidence < 0.5")):
        ap.add_argument("--min-" + key, type=float, help=f"floor of the {what}, on each half")
    args = ap.parse_args()
    if args.without:
        os.environ["ARTICLE_DEV_WITHOUT"] = args.without
    reader = Reader(args.article_lib)
    with open(os.path.join(args.corpus, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    rows = {"tune": [], "check": []}
    for pid in sorted(truth):
        h = half(pid)
        if args.half != "both" and h != args.half:
            continue
        item = truth[pid]
        gt = TRUTH_ALIAS.get(item["page_type"], item["page_type"])
        with gzip.open(os.path.join(args.corpus, "html", pid + ".html.gz")) as f:
            html = f.read()
        t, conf, text = reader.read(html, item.get("url"), gt == "forum")
        rows[h].append({"id": pid, "truth": gt, "type": t or "none", "conf": conf,
                        "f1": f1_of(item["articleBody"], text), "url": item.get("url") or ""})
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for h in rows:
                for r in rows[h]:
                    f.write(json.dumps(dict(r, half=h)) + "\n")
    failed = False
    for h in ("tune", "check"):
        if not rows[h]:
            continue
        stats = report(h, rows[h], args.show_misses)
        for key, value in stats.items():
            floor = getattr(args, "min_" + key)
            if floor is not None and value < floor:
                print(f"FAIL: {h} {key} {value:.3f} below the floor {floor}")
                failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
