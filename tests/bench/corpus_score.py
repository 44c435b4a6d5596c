#!/usr/bin/env python3
"""Scores the reader's body on every development corpus, per half.

One scorer for zyte/, readability/ and modern/ (../shared/corpus), with the
benchmarks' own metric (zyte_score.py: 4-word shingles, precision and
recall averaged over pages, F1 of the averages). Every corpus is split into
a *tune* and a *check* half by halves.half(key) (key: the ground-truth id,
or the folder name for readability/): a rule is kept only when the check
half gains too. Per corpus and half it prints F1, precision, recall, the
pages under 0.5 and 0.3, and how many pages took the reader's fallback
extraction. modern/ is also broken down by page type (article+blog, forum,
other); on forum pages the body *and the comments* are scored (the
benchmark counts the replies as content), elsewhere the body alone.

Ablation: the reader's extraction rules have names (docs/reader.md,
"Development switches"); `--without RULE[,RULE]` scores with those rules
off, `--ablate all` (or a list) prints each rule's effect on both halves.
The switch is the environment variable ARTICLE_DEV_WITHOUT, read by the
reader for development only (not public API).

  python3 tests/bench/corpus_score.py --article-lib build/libarticle.so
  python3 tests/bench/corpus_score.py --article-lib build/libarticle.so \\
      --corpus modern --worst 20 --half tune --jsonl /tmp/pages.jsonl
  python3 tests/bench/corpus_score.py --article-lib build/libarticle.so --ablate all
"""
import argparse
import ctypes
import gzip
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import halves  # noqa: E402
import readability_score  # noqa: E402
import zyte_score  # noqa: E402

ENV_WITHOUT = "ARTICLE_DEV_WITHOUT"
CORPORA = ("zyte", "readability", "modern")
GROUPS = {"article": "article+blog", "blog": "article+blog", "forum": "forum"}


class Reader:
    """The built library through ctypes; node types looked up by name
    (article_node_type_string), so a renumbered enum changes nothing."""

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
        lib.article_node_type_string.restype = cp
        lib.article_node_type_string.argtypes = [ctypes.c_int]
        lib.article_options_init.argtypes = [vp]
        self.lib = lib
        self.types = {}
        for t in range(1, 64):
            name = lib.article_node_type_string(t).decode()
            if name != "none":
                self.types[name] = t
        T = self.types
        self.leaf_text = {T["text"], T["code"], T["code_block"]}
        self.brk = T["break"]
        self.never = {T["related"], T["embed"]}
        self.media = {T["figure"], T["caption"]}
        self.comment = T["comment"]
        inline = {T[n] for n in ("text", "link", "em", "strong", "code", "sub", "sup", "del",
                                 "break")}
        self.blockish = set(T.values()) - inline

    def _options(self, url):
        # article_options is only ever read by the library; a generous
        # zeroed buffer with url as the second field (after `flags`) stays
        # right whatever fields are added at the end.
        buf = (ctypes.c_char * 512)()
        self.lib.article_options_init(buf)
        url_b = ctypes.c_char_p(url.encode()) if url else None
        off = ctypes.sizeof(ctypes.c_void_p)  # flags, padded to a pointer
        ctypes.c_void_p.from_buffer(buf, off).value = (
            ctypes.cast(url_b, ctypes.c_void_p).value if url_b else None)
        return buf, url_b

    def text(self, html, url=None, captions=False, comments=False):
        """The body's text (captions when `captions`, comments' text when
        `comments`), one line per block."""
        return self.texts(html, url, captions, comments)[0]

    def texts(self, html, url=None, captions=False, comments=False):
        """(text() of the page, the body's text alone when `comments`,
        else the same text) from one read."""
        lib = self.lib
        buf, keep = self._options(url)
        doc = lib.article_from_html(html, len(html), buf, None)
        del keep
        if not doc:
            return "", ""
        try:
            text = self.doc_text(doc, captions, comments)
            return text, self.doc_text(doc, captions, False) if comments else text
        finally:
            lib.article_doc_free(doc)

    def doc_text(self, doc, captions=False, comments=False):
        """The text of a document already read, walked as text() walks it."""
        lib = self.lib
        skip = set(self.never)
        if not captions:
            skip |= self.media
        if not comments:
            skip.add(self.comment)
        out, stack = [], [lib.article_doc_root(doc)]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("\n")
                continue
            t = lib.article_node_get_type(node)
            if t in skip:
                continue
            if t in self.leaf_text:
                s = lib.article_node_get_literal(node)
                out.append(s.decode("utf-8", "replace") if s else "")
                if t in self.blockish:  # a code block ends its line
                    out.append("\n")
                continue
            if t == self.brk:
                out.append("\n")
                continue
            kids, k = [], lib.article_node_first_child(node)
            while k:
                kids.append(k)
                k = lib.article_node_next(k)
            if t in self.blockish:
                stack.append(None)
            stack.extend(reversed(kids))
        return re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()


def corpus_root(name):
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "corpus", name))


def load_pages(name, root=None):
    """[(key, truth text, page_type, url, reader of the html bytes)] of a corpus."""
    root = root or corpus_root(name)
    pages = []
    if name == "readability":
        folder = os.path.join(root, "pages")
        for key in sorted(os.listdir(folder)):
            src = os.path.join(folder, key, "source.html")
            exp = os.path.join(folder, key, "expected.html")
            if not (os.path.isfile(src) and os.path.isfile(exp)):
                continue
            with open(exp, encoding="utf-8", errors="replace") as f:
                truth = readability_score.html_text(f.read())
            pages.append((key, truth, "article", "http://fakehost/test/page.html", src))
        return pages
    with open(os.path.join(root, "ground-truth.json"), encoding="utf-8") as f:
        gt = json.load(f)
    for key, item in gt.items():
        pages.append((key, item.get("articleBody") or "", item.get("page_type", "article"),
                      item.get("url"), os.path.join(root, "html", key + ".html.gz")))
    return pages


def read_bytes(path):
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            return f.read()
    with open(path, "rb") as f:
        return f.read()


def group_of(corpus, page_type):
    if corpus != "modern":
        return None
    return GROUPS.get(page_type, "other")


def run(reader, corpus, pages, without="", want_text=False):
    """Per page: dict(key, half, type, group, prec, rec, has_p, has_r, f1, text?)."""
    if without:
        os.environ[ENV_WITHOUT] = without
    else:
        os.environ.pop(ENV_WITHOUT, None)
    rows = []
    for key, truth, ptype, url, path in pages:
        html = read_bytes(path)
        text, body = reader.texts(html, url, captions=(corpus == "readability"),
                                  comments=(ptype == "forum"))
        prec, rec, has_p, has_r = zyte_score.page_scores(truth, text)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        # A thread read with its opening post among the replies: the
        # score, counting both, cannot see it.
        row = dict(key=key, half=halves.half(key), type=ptype, group=group_of(corpus, ptype),
                   prec=prec, rec=rec, has_p=has_p, has_r=has_r, f1=f1,
                   empty_body=bool(text.strip()) and not body.strip())
        if want_text:
            row["text"] = text
        rows.append(row)
    os.environ.pop(ENV_WITHOUT, None)
    return rows


def summary(rows):
    ps = [r["prec"] for r in rows if r["has_p"]]
    rs = [r["rec"] for r in rows if r["has_r"]]
    P = sum(ps) / len(ps) if ps else 0.0
    R = sum(rs) / len(rs) if rs else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return dict(n=len(rows), P=P, R=R, F=F, u5=sum(r["f1"] < 0.5 for r in rows),
                u3=sum(r["f1"] < 0.3 for r in rows))


def fallback_keys(reader, corpus, pages, rows, without=""):
    """Pages whose text changes when the fallback rule is off: those took it."""
    off = run(reader, corpus, pages, ",".join(filter(None, [without, "fallback"])), want_text=True)
    return {a["key"] for a, b in zip(rows, off) if a["text"] != b["text"]}


def print_table(corpus, rows, fallbacks):
    subsets = [("all", rows)]
    if corpus == "modern":
        for g in ("article+blog", "forum", "other"):
            subsets.append((g, [r for r in rows if r["group"] == g]))
    for label, sub in subsets:
        for h in ("all", "tune", "check"):
            part = sub if h == "all" else [r for r in sub if r["half"] == h]
            s = summary(part)
            fb = sum(r["key"] in fallbacks for r in part) if fallbacks is not None else "-"
            print(f"{corpus:11} {label:12} {h:5}  pages {s['n']:3}  F1 {s['F']:.4f}  "
                  f"P {s['P']:.4f}  R {s['R']:.4f}  <0.5 {s['u5']:3}  <0.3 {s['u3']:3}  "
                  f"fallback {fb}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--article-lib", required=True, help="path of the built libarticle.so")
    ap.add_argument("--corpus", action="append", choices=CORPORA,
                    help="score only this corpus (repeatable; default all three)")
    ap.add_argument("--corpus-root", help="folder holding the corpora (default ../shared/corpus)")
    ap.add_argument("--without", default="", help="rules to switch off, comma-separated")
    ap.add_argument("--ablate", help="'all' or rules: each rule's effect, one at a time")
    ap.add_argument("--half", choices=("tune", "check"), help="list worst pages of this half only")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages per corpus")
    ap.add_argument("--jsonl", help="write one line per page: corpus, id, half, page_type, F1")
    ap.add_argument("--dump", help="write each page's extracted text to DIR/<corpus>/<id>.txt")
    ap.add_argument("--no-fallback-count", action="store_true",
                    help="skip the second run that counts fallback pages")
    ap.add_argument("--min", action="append", default=[], metavar="CORPUS:GROUP:HALF:F1",
                    help="floor, e.g. modern:all:all:0.8 or zyte:all:check:0.97 (repeatable)")
    ap.add_argument("--max-under-03", action="append", default=[], metavar="CORPUS:N",
                    help="at most N pages under F1 0.3 in CORPUS (repeatable)")
    ap.add_argument("--max-empty-bodies", type=int, metavar="N",
                    help="at most N modern forum pages whose body is empty while their "
                         "comments are not (the opening post read as a reply)")
    args = ap.parse_args()

    reader = Reader(args.article_lib)
    corpora = args.corpus or list(CORPORA)
    all_rows = {}
    jsonl = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else None
    for corpus in corpora:
        root = os.path.join(args.corpus_root, corpus) if args.corpus_root else None
        pages = load_pages(corpus, root)
        rows = run(reader, corpus, pages, args.without, want_text=True)
        all_rows[corpus] = rows
        fb = None
        if not args.no_fallback_count and "fallback" not in args.without.split(","):
            fb = fallback_keys(reader, corpus, pages, rows, args.without)
        print_table(corpus, rows, fb)
        empty = [r["key"] for r in rows if r["empty_body"]]
        if corpus == "modern":
            print(f"{corpus:11} forum pages whose body is empty and comments are not: "
                  f"{len(empty)} {' '.join(empty)}")
        if args.worst:
            cand = [r for r in rows if not args.half or r["half"] == args.half]
            for r in sorted(cand, key=lambda r: r["f1"])[:args.worst]:
                mark = " fallback" if fb and r["key"] in fb else ""
                print(f"    worst {r['key'][:40]:40} {r['half']:5} {r['type']:13} "
                      f"F1 {r['f1']:.3f}  P {r['prec']:.3f}  R {r['rec']:.3f}{mark}")
        if jsonl:
            for r in rows:
                jsonl.write(json.dumps(dict(corpus=corpus, id=r["key"], half=r["half"],
                                            page_type=r["type"], f1=round(r["f1"], 4),
                                            precision=round(r["prec"], 4),
                                            recall=round(r["rec"], 4),
                                            fallback=bool(fb and r["key"] in fb))) + "\n")
        if args.dump:
            d = os.path.join(args.dump, corpus)
            os.makedirs(d, exist_ok=True)
            for r in rows:
                with open(os.path.join(d, r["key"] + ".txt"), "w", encoding="utf-8") as f:
                    f.write(r["text"])
    if jsonl:
        jsonl.close()

    if args.ablate:
        rules = args.ablate.split(",")
        if args.ablate == "all":
            rules = rule_names(args.article_lib)
        print("\nablation: F1 change when the rule is off (negative: the rule helps)")
        for corpus in corpora:
            root = os.path.join(args.corpus_root, corpus) if args.corpus_root else None
            pages = load_pages(corpus, root)
            base = all_rows[corpus]
            for rule in rules:
                off = run(reader, corpus, pages, ",".join(filter(None, [args.without, rule])))
                cells = []
                for h in ("tune", "check"):
                    b = summary([r for r in base if r["half"] == h])["F"]
                    o = summary([r for r in off if r["half"] == h])["F"]
                    changed = sum(1 for x, y in zip(base, off)
                                  if x["half"] == h and abs(x["f1"] - y["f1"]) > 1e-9)
                    cells.append(f"{h} {o - b:+.4f} ({changed:3} pages)")
                print(f"  {corpus:11} {rule:22} " + "  ".join(cells))

    ok = True
    for spec in args.min:
        corpus, group, h, floor = spec.split(":")
        if corpus not in all_rows:
            continue
        rows = all_rows[corpus]
        if group != "all":
            rows = [r for r in rows if r["group"] == group]
        if h != "all":
            rows = [r for r in rows if r["half"] == h]
        F = summary(rows)["F"]
        if F < float(floor):
            print(f"FAIL: {corpus} {group} {h} F1 {F:.4f} below the floor {floor}")
            ok = False
    if args.max_empty_bodies is not None and "modern" in all_rows:
        empty = [r["key"] for r in all_rows["modern"] if r["empty_body"]]
        if len(empty) > args.max_empty_bodies:
            print(f"FAIL: {len(empty)} modern forum pages with an empty body and comments "
                  f"(at most {args.max_empty_bodies}): {' '.join(empty)}")
            ok = False
    for spec in args.max_under_03:
        corpus, n = spec.split(":")
        if corpus in all_rows:
            u3 = summary(all_rows[corpus])["u3"]
            if u3 > int(n):
                print(f"FAIL: {corpus} has {u3} pages under 0.3 (at most {n})")
                ok = False
    return 0 if ok else 1


def rule_names(lib_path):
    """The rule names the reader knows, from docs/reader.md's tables (a rule
    may have a row in more than one: each is listed once)."""
    here = os.path.dirname(os.path.abspath(__file__))
    doc = os.path.join(here, "..", "..", "docs", "reader.md")
    names = []
    with open(doc, encoding="utf-8") as f:
        in_table = False
        for line in f:
            if line.startswith("### Development switches"):
                in_table = True
            elif in_table and line.startswith("#"):
                break
            elif in_table:
                m = re.match(r"\|\s*`([a-z0-9_]+)`\s*\|", line)
                if m and m.group(1) not in names:
                    names.append(m.group(1))
    return names


if __name__ == "__main__":
    sys.exit(main())
