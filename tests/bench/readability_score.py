#!/usr/bin/env python3
"""Scores article body extraction on the Readability.js test pages.

A sanity guard next to zyte_score.py: for every folder of
../shared/corpus/readability/pages, the text of expected.html (the body as
Readability.js extracts it) is the truth and the text of our body is the
prediction, compared with the same 4-word shingle precision/recall/F1.
Readability's output is one extractor's opinion, not truth: use this to
catch regressions, not to tune to it.

  python3 tests/bench/readability_score.py --article-lib build/libarticle.so --worst 10
"""
import argparse
import html.parser
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zyte_score  # noqa: E402

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
          "pre", "table", "tr", "td", "th", "section", "article", "figure", "figcaption",
          "br", "dt", "dd", "header", "footer", "hr"}


class _Text(html.parser.HTMLParser):
    """The text of an HTML fragment. Captions are kept, as in our body text
    here: Readability keeps a caption wherever the page puts it, in a
    <figure> or not, and we turn loose captions into figure captions."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(markup):
    p = _Text()
    p.feed(markup)
    p.close()
    return "".join(p.out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_corpus = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "corpus",
                                                   "readability", "pages"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=default_corpus)
    ap.add_argument("--article-lib", required=True, help="path of the built libarticle.so")
    ap.add_argument("--worst", type=int, default=5, help="list the N worst pages")
    ap.add_argument("--min-f1", type=float, default=0.0)
    args = ap.parse_args()

    lib = zyte_score.Library(args.article_lib)
    truth, preds = {}, {}
    for name in sorted(os.listdir(args.corpus)):
        folder = os.path.join(args.corpus, name)
        src = os.path.join(folder, "source.html")
        exp = os.path.join(folder, "expected.html")
        if not (os.path.isfile(src) and os.path.isfile(exp)):
            continue
        with open(exp, encoding="utf-8", errors="replace") as f:
            truth[name] = {"articleBody": html_text(f.read()), "url": name}
        with open(src, "rb") as f:
            preds[name] = lib.body_text(f.read(), "http://fakehost/test/page.html",
                                        captions=True)
    P, R, F, rows = zyte_score.evaluate(truth, preds)
    print(f"pages {len(truth)}  precision {P:.4f}  recall {R:.4f}  F1 {F:.4f}")
    for f1, prec, rec, pid in rows[:args.worst]:
        print(f"  worst {pid[:40]:40}  F1 {f1:.3f}  P {prec:.3f}  R {rec:.3f}")
    if F < args.min_f1:
        print(f"FAIL: F1 below the floor {args.min_f1}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
