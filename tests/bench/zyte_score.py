#!/usr/bin/env python3
"""Scores article body extraction on the zyte article-extraction-benchmark.

The metric is the benchmark's own (see ../shared/corpus/README.md): words
by the Unicode regex \\w+, 4-word shingles (a text of fewer than 4 words is
one shingle), multisets per page, tp/fp/fn normalised per page, precision
and recall averaged over pages, F1 of the averages.

Predictions come from a JSONL file of {"id", "text"}, a directory of
<id>.txt files, or the built library itself (--article-lib), read through
ctypes: article_from_html, then the body's text taken from the model
(paragraphs, headings, lists, quotes, tables, code; no captions, embeds,
related links or comments).

  python3 tests/bench/zyte_score.py --article-lib build/libarticle.so
  python3 tests/bench/zyte_score.py --predictions out.jsonl --worst 10
"""
import argparse
import collections
import ctypes
import gzip
import json
import os
import re
import sys

WORD = re.compile(r"\w+", re.UNICODE)

# article_node_type values (include/article/article.h; fixed, with gaps).
SECTION, RELATED, COMMENT = 2, 3, 4
HEADING, ATTRIBUTION, CAPTION, CELL = 8, 9, 10, 13
PARAGRAPH, FIGURE, CODE_BLOCK, EMBED = 16, 18, 21, 22
TEXT, CODE, BREAK = 48, 52, 56
SKIP = {FIGURE, EMBED, CAPTION}
# Nodes after which a word boundary is due: structure, parts and blocks
# (every type below the first inline).
BLOCKISH = set(range(SECTION, TEXT))


def shingles(text):
    words = WORD.findall(text or "")
    if len(words) < 4:
        return collections.Counter([tuple(words)]) if words else collections.Counter()
    return collections.Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))


def page_scores(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        prec = rec = 1.0
    else:
        prec = tp / (tp + fp) if tp + fp > 0 else 0.0
        rec = tp / (tp + fn) if tp + fn > 0 else 0.0
    return prec, rec, tp + fp > 0, tp + fn > 0


def evaluate(truth, preds):
    ps, rs, rows = [], [], []
    for pid, item in truth.items():
        prec, rec, has_p, has_r = page_scores(item["articleBody"], preds.get(pid, ""))
        if has_p:
            ps.append(prec)
        if has_r:
            rs.append(rec)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append((f1, prec, rec, pid))
    P = sum(ps) / len(ps) if ps else 0.0
    R = sum(rs) / len(rs) if rs else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F, sorted(rows)


class Library:
    """The few C calls needed to read a page and walk its model."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        vp, cp = ctypes.c_void_p, ctypes.c_char_p
        lib.article_from_html.restype = vp
        lib.article_from_html.argtypes = [cp, ctypes.c_size_t, vp, vp]
        lib.article_doc_free.argtypes = [vp]
        lib.article_doc_root.restype = vp
        lib.article_doc_root.argtypes = [vp]
        for name in ("article_node_first_child", "article_node_next"):
            getattr(lib, name).restype = vp
            getattr(lib, name).argtypes = [vp]
        lib.article_node_get_type.restype = ctypes.c_int
        lib.article_node_get_type.argtypes = [vp]
        lib.article_node_get_literal.restype = cp
        lib.article_node_get_literal.argtypes = [vp]
        self.lib = lib

    def body_text(self, html, url=None, captions=False):
        """The body's text; captions of figures too when `captions`."""
        lib = self.lib
        skip = {EMBED} if captions else SKIP
        opts = None
        if url:
            # article_options: flags, url, ... (only url set).
            class Options(ctypes.Structure):
                _fields_ = [("flags", ctypes.c_uint), ("url", ctypes.c_char_p),
                            ("charset", ctypes.c_char_p), ("stylesheet", ctypes.c_char_p),
                            ("max_input_size", ctypes.c_size_t), ("max_depth", ctypes.c_size_t),
                            ("max_nodes", ctypes.c_size_t), ("allocator", ctypes.c_void_p),
                            ("reserved", ctypes.c_void_p * 8)]
            o = Options()
            o.url = url.encode()
            opts = ctypes.byref(o)
        doc = lib.article_from_html(html, len(html), opts, None)
        if not doc:
            return ""
        try:
            out = []
            stack = [lib.article_doc_root(doc)]
            while stack:
                node = stack.pop()
                if node is None:
                    out.append("\n")
                    continue
                t = lib.article_node_get_type(node)
                if t in skip or t in (RELATED, COMMENT):
                    continue
                if t in (TEXT, CODE, CODE_BLOCK):
                    s = lib.article_node_get_literal(node)
                    out.append(s.decode("utf-8", "replace") if s else "")
                    continue
                if t == BREAK:
                    out.append("\n")
                    continue
                kids = []
                k = lib.article_node_first_child(node)
                while k:
                    kids.append(k)
                    k = lib.article_node_next(k)
                if t in BLOCKISH:
                    stack.append(None)
                stack.extend(reversed(kids))
            return re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()
        finally:
            lib.article_doc_free(doc)


def load_predictions(path):
    preds = {}
    if os.path.isdir(path):
        for name in os.listdir(path):
            if name.endswith(".txt"):
                with open(os.path.join(path, name), encoding="utf-8") as f:
                    preds[name[:-4]] = f.read()
    else:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    item = json.loads(line)
                    preds[item["id"]] = item.get("text") or ""
    return preds


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_corpus = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "corpus", "zyte"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=default_corpus)
    ap.add_argument("--predictions", help="JSONL of {id, text} or a directory of <id>.txt")
    ap.add_argument("--article-lib", help="path of the built libarticle.so")
    ap.add_argument("--dump", help="write the extracted texts to this directory")
    ap.add_argument("--worst", type=int, default=5, help="list the N worst pages")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    args = ap.parse_args()

    with open(os.path.join(args.corpus, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    if args.predictions:
        preds = load_predictions(args.predictions)
    elif args.article_lib:
        lib = Library(args.article_lib)
        preds = {}
        for pid, item in truth.items():
            with gzip.open(os.path.join(args.corpus, "html", pid + ".html.gz"), "rb") as f:
                preds[pid] = lib.body_text(f.read(), item.get("url"))
    else:
        ap.error("give --predictions or --article-lib")
    if args.dump:
        os.makedirs(args.dump, exist_ok=True)
        for pid, text in preds.items():
            with open(os.path.join(args.dump, pid + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)

    P, R, F, rows = evaluate(truth, preds)
    print(f"pages {len(truth)}  precision {P:.4f}  recall {R:.4f}  F1 {F:.4f}")
    for f1, prec, rec, pid in rows[:args.worst]:
        print(f"  worst {pid[:16]}  F1 {f1:.3f}  P {prec:.3f}  R {rec:.3f}  {truth[pid]['url'][:70]}")
    ok = F >= args.min_f1 and P >= args.min_precision and R >= args.min_recall
    if not ok:
        print(f"FAIL: below the floor (F1 >= {args.min_f1}, P >= {args.min_precision}, "
              f"R >= {args.min_recall})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
