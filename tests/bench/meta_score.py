#!/usr/bin/env python3
"""Scores the reader's metadata: publication dates, authors and titles.

Two corpora (../shared/corpus/README.md), each split into its tune and
check halves by tests/bench/halves.py:

- dates/: htmldate's evaluation pages, keyed by URL. A page counts when
  the reader's `published`[:10] equals the expected YYYY-MM-DD; the three
  pages whose truth has no date count when no date is found. Also shown:
  the share of dated pages where a date is found at all, and how often it
  is right when found.
- modern/: the articles (page_type article or blog), keyed by id. Each
  field is scored on the pages whose truth has it:
    date    the same YYYY-MM-DD;
    author  every name of the truth is found among the reader's authors
            (see `truth_names` and `fold`: names are compared folded, the
            truth split at ",", ";", "&" and " and ", its credentials
            "MD", "RD", "E-RYT 200", "CEO of X" and titles "Dr" dropped);
    author_exact  that, and every name the reader gives is found in the
            truth (no commenter, related article's writer or site name
            beside the right one);
    title   equal after case and punctuation folding.

Pages are read through the built library (ctypes on libarticle.so,
article_from_html with the page URL as options.url, then article_to_json).
Peers run on the same pages when their package is importable (run this
script with the bench venv's python, `tests/bench/peers.sh setup`):
htmldate (find_date, extensive_search on and off, original_date=True) on
both corpora, and trafilatura's extract_metadata on modern/.

  python3 tests/bench/meta_score.py --lib build/libarticle.so
  tests/bench/.venv/bin/python tests/bench/meta_score.py --peers
  python3 tests/bench/meta_score.py --corpus dates --half tune --misses 20
  python3 tests/bench/meta_score.py --corpus modern --sources   # every title and
      # author source against the truth, per half (meta_sources.py; counts only)
  python3 tests/bench/meta_score.py --json out.json   # the numbers as JSON
  python3 tests/bench/meta_score.py --min dates:check:acc:0.88   # a floor (ctest meta_score)
"""
import argparse
import ctypes
import gzip
import json
import os
import re
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from halves import half  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(os.path.dirname(REPO), "shared", "corpus")


# MARK: - Reading pages through the library

class Library:
    """article_from_html + article_to_json through ctypes."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        vp = ctypes.c_void_p
        lib.article_from_html.restype = vp
        lib.article_from_html.argtypes = [ctypes.c_char_p, ctypes.c_size_t, vp, vp]
        lib.article_to_json.restype = ctypes.POINTER(ctypes.c_char)
        lib.article_to_json.argtypes = [vp, vp, ctypes.POINTER(ctypes.c_size_t), vp]
        lib.article_free.argtypes = [ctypes.POINTER(ctypes.c_char)]
        lib.article_doc_free.argtypes = [vp]
        self.lib = lib

    class Options(ctypes.Structure):
        # include/article/article.h, struct article_options
        _fields_ = [("flags", ctypes.c_uint), ("url", ctypes.c_char_p),
                    ("charset", ctypes.c_char_p), ("stylesheet", ctypes.c_char_p),
                    ("max_input_size", ctypes.c_size_t), ("max_depth", ctypes.c_size_t),
                    ("max_nodes", ctypes.c_size_t), ("allocator", ctypes.c_void_p),
                    ("max_text", ctypes.c_size_t), ("max_attributes", ctypes.c_size_t),
                    ("max_time", ctypes.c_size_t), ("reserved", ctypes.c_void_p * 5)]

    def read(self, html, url):
        """The article's JSON as a dict, or {} when the reader fails."""
        o = self.Options()
        o.url = url.encode("utf-8") if url else None
        doc = self.lib.article_from_html(html, len(html), ctypes.byref(o), None)
        if not doc:
            return {}
        try:
            n = ctypes.c_size_t()
            buf = self.lib.article_to_json(doc, None, ctypes.byref(n), None)
            if not buf:
                return {}
            try:
                return json.loads(ctypes.string_at(buf, n.value).decode("utf-8"))
            finally:
                self.lib.article_free(buf)
        finally:
            self.lib.article_doc_free(doc)


# MARK: - Matching rules

def fold(s):
    """Lower case, accents kept, every run of non-word characters one space."""
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return " ".join(re.findall(r"\w+", s))


def same_title(truth, pred):
    return bool(pred) and fold(truth) == fold(pred)


# A part of the truth's author string that is no name: degrees and
# credentials (no lower-case letter: "MD", "FACLM", "E-RYT 200"), a role.
ROLE = re.compile(r"^(ceo|cto|cfo|founder|editor|director|head|president)\b", re.I)
HONORIFIC = re.compile(r"^(dr|prof|mr|mrs|ms)\.?\s+", re.I)


def truth_names(author):
    names = []
    for part in re.split(r",|;|&|\band\b", author or ""):
        part = part.strip()
        if not part or not re.search(r"[a-z]", part) or ROLE.match(part):
            continue
        part = HONORIFIC.sub("", part)
        if re.fullmatch(r"(M\.D\.|Ph\.D\.|Jr\.?|Sr\.?)", part, re.I):
            continue
        names.append(part)
    if not names and (author or "").strip():
        names = [author.strip()]  # "JWU": the organisation is the name
    return names


def authors_match(truth, pred_names):
    names = truth_names(truth)
    found = " | ".join(fold(p) for p in pred_names)
    if not names or not found:
        return False
    return all(re.search(r"(^|\s|\|)" + re.escape(fold(n)) + r"($|\s|\|)", found)
               for n in names)


def authors_exact(truth, pred_names):
    """authors_match, and every name given is one of the truth's: no
    commenter, related article's writer or site's name beside them."""
    return authors_match(truth, pred_names) and all(
        authors_match(p, [truth]) for p in pred_names)


def same_date(truth, pred):
    return bool(pred) and pred[:10] == truth


# MARK: - Corpora

def read_gz(path):
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


def dates_pages(corpus):
    root = os.path.join(corpus, "dates")
    with open(os.path.join(root, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    for url, v in sorted(expected.items()):
        date = v["date"] if isinstance(v["date"], str) else None
        yield {"key": url, "url": url, "path": os.path.join(root, "pages", v["file"]),
               "date": date}


def modern_pages(corpus):
    root = os.path.join(corpus, "modern")
    with open(os.path.join(root, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    for pid, v in sorted(truth.items()):
        if v.get("page_type") not in ("article", "blog"):
            continue
        yield {"key": pid, "url": v.get("url"),
               "path": os.path.join(root, "html", pid + ".html.gz"),
               "date": v.get("publish_date"), "author": v.get("author"),
               "title": v.get("title")}


# MARK: - Readers: libarticle and peers, each page -> {date, authors, title}

def libarticle_reader(lib):
    def read(page, html):
        a = lib.read(html, page["url"])
        return {"date": a.get("published"), "modified": a.get("modified"),
                "authors": [x["name"] for x in a.get("authors", [])],
                "title": a.get("title")}
    return read


def htmldate_readers():
    try:
        from htmldate import find_date
    except ImportError:
        return {}

    def make(extensive):
        def read(page, html):
            try:
                d = find_date(html.decode("utf-8", "replace"), url=page["url"],
                              original_date=True, extensive_search=extensive)
            except Exception:  # a peer's crash is a miss, not ours
                d = None
            return {"date": d}
        return read
    return {"htmldate (extensive)": make(True), "htmldate (fast)": make(False)}


def trafilatura_reader():
    try:
        from trafilatura.metadata import extract_metadata
    except ImportError:
        return {}

    def read(page, html):
        try:
            md = extract_metadata(html.decode("utf-8", "replace"), default_url=page["url"])
        except Exception:
            md = None
        if md is None:
            return {"date": None, "authors": [], "title": None}
        authors = [x.strip() for x in (md.author or "").split(";") if x.strip()]
        return {"date": md.date, "authors": authors, "title": md.title}
    return {"trafilatura (metadata)": read}


# MARK: - Scoring

def score_dates(pages, results):
    """{half: {n, acc, found, right_when_found}} over dates/ pages."""
    out = {}
    for h in ("tune", "check", "all"):
        sel = [p for p in pages if h == "all" or half(p["key"]) == h]
        ok = found = dated = right = 0
        for p in sel:
            pred = results[p["key"]].get("date")
            if p["date"] is None:
                ok += not pred
                continue
            dated += 1
            if pred:
                found += 1
                if same_date(p["date"], pred):
                    right += 1
                    ok += 1
        out[h] = {"n": len(sel), "acc": ok / max(len(sel), 1),
                  "found": found / max(dated, 1), "right_when_found": right / max(found, 1)}
    return out


def score_modern(pages, results):
    out = {}
    for h in ("tune", "check", "all"):
        sel = [p for p in pages if h == "all" or half(p["key"]) == h]
        row = {"n": len(sel)}
        for field, match in (("date", lambda t, r: same_date(t, r.get("date"))),
                             ("author", lambda t, r: authors_match(t, r.get("authors") or [])),
                             ("author_exact",
                              lambda t, r: authors_exact(t, r.get("authors") or [])),
                             ("title", lambda t, r: same_title(t, r.get("title")))):
            scored = [p for p in sel if p[field.split("_")[0]]]
            if field in ("author", "author_exact", "title") and "authors" not in results[sel[0]["key"]]:
                continue  # a date-only peer
            good = sum(1 for p in scored if match(p[field.split("_")[0]], results[p["key"]]))
            row[field] = good / max(len(scored), 1)
            row[field + "_n"] = len(scored)
        out[h] = row
    return out


def run(reader, pages):
    results, t0 = {}, time.process_time()
    for p in pages:
        results[p["key"]] = reader(p, read_gz(p["path"]))
    return results, time.process_time() - t0


def show_misses(name, pages, results, field, limit, peers=None, peer_right=False):
    """Lists libarticle's misses; with peers ({name: results}), what each
    peer returned on the page, and with peer_right only the misses where
    one of them is right."""
    shown = 0
    for p in pages:
        r = results[p["key"]]
        t = p.get(field)
        if not t:
            continue
        if field == "date":
            good = same_date(t, r.get("date"))
        elif field == "author":
            good = authors_match(t, r.get("authors") or [])
        else:
            good = same_title(t, r.get("title"))
        if good or shown >= limit:
            continue
        theirs = {}
        for peer, res in (peers or {}).items():
            if field in res[p["key"]] or field == "author" and "authors" in res[p["key"]]:
                pr = res[p["key"]]
                theirs[peer] = pr.get("authors") if field == "author" else pr.get(field)
        if peer_right and not any(
                same_date(t, v) if field == "date" else authors_match(t, v or [])
                if field == "author" else same_title(t, v) for v in theirs.values()):
            continue
        shown += 1
        got = r.get("authors") if field == "author" else r.get(field)
        print(f"  miss {field} [{half(p['key'])}] {os.path.basename(p['path'])} "
              f"{p['url'][:90]}\n      truth={t!r} got={got!r}"
              + (f" modified={r.get('modified')!r}" if field == "date" else ""))
        for peer, v in theirs.items():
            print(f"      {peer}: {v!r}")


def field_right(field, truth, r):
    """Whether a reader's fields r hold the truth of one field."""
    if not truth:
        return None
    if field == "date":
        return same_date(truth, r.get("date"))
    if field == "author":
        return authors_match(truth, r.get("authors") or [])
    return same_title(truth, r.get("title"))


def show_changed(corpus, pages, results, old, fields):
    """Pages whose field differs from an earlier --dump (old), each with
    its half, the truth and whether it was and is right: what a change
    did, page by page, on both halves."""
    for f in fields:
        key = "authors" if f == "author" else f
        for p in pages:
            was = old.get(corpus + ":" + p["key"])
            now = results[p["key"]]
            if was is None or was.get(key) == now.get(key):
                continue
            a, b = field_right(f, p.get(f), was), field_right(f, p.get(f), now)
            verdict = "-" if a is None else "fixed" if b and not a else \
                "broken" if a and not b else "same"
            print(f"  changed {f} [{half(p['key'])}] {verdict:6} {os.path.basename(p['path'])}"
                  f" truth={p.get(f)!r} was={was.get(key)!r} now={now.get(key)!r}")


def show_sources(pages, results):
    """Per source of a title or of authors (meta_sources.py): on how many
    pages of each half it gives a value, how often that value is the
    truth's (the matching rules above), how often it is right where ours
    is wrong ("we lose") and wrong where ours is right ("it loses"). Then
    the site-name convention: where a declared title carries the site's
    name at one end, whether the truth keeps it. Counts only: no page's
    content is printed."""
    from meta_sources import sources, without_site
    cols = ("given", "right", "we lose", "it loses")
    tables = {"title": {}, "author": {}}
    summary = {"title": {}, "author": {}}
    keep = {}

    def bump(row, col, h, on=True):
        row[(col, h)] = row.get((col, h), 0) + bool(on)

    for p in pages:
        h = half(p["key"])
        t, au = sources(read_gz(p["path"]), p["url"])
        r = results[p["key"]]
        for field, got in (("title", t), ("author", au)):
            truth = p.get(field)
            if not truth:
                continue
            ours = same_title(truth, r.get("title")) if field == "title" \
                else authors_match(truth, r.get("authors") or [])
            any_right = False
            for name, v in got.items():
                ok = same_title(truth, v) if field == "title" else authors_match(truth, v)
                any_right |= ok
                row = tables[field].setdefault(name, {})
                for col, on in zip(cols, (True, ok, ok and not ours, ours and not ok)):
                    bump(row, col, h, on)
            rows = [("pages", True), ("ours right", ours), ("some source right", any_right),
                    ("no source right, ours right", ours and not any_right)]
            if field == "author":
                # names we give that the truth does not have: a second
                # writer, a related article's, the site's
                extra = [a for a in r.get("authors") or [] if not authors_match(a, [truth])]
                rows += [("ours gives a name not in the truth", bool(extra)),
                         ("ours right, with a name not in the truth", ours and bool(extra))]
            for name, on in rows:
                bump(summary[field].setdefault(name, {}), "given", h, on)
        for name in ("<title>", "og:title", "twitter:title", "jsonld headline",
                     "jsonld webpage name"):
            v = t.get(name)
            short = without_site(v, (au.get("site name") or [None])[0], p["url"])
            if not v or short == v:
                continue
            row = keep.setdefault(name, {})
            bump(row, "given", h)
            bump(row, "right", h, same_title(p["title"], v))
            bump(row, "we lose", h, same_title(p["title"], short))
    for field, table in tables.items():
        print(f"  {field} sources, tune / check: " + ", ".join(cols))
        for name, row in list(table.items()) + list(summary[field].items()):
            cells = "  ".join(f"{row.get((c, 'tune'), 0):3} /{row.get((c, 'check'), 0):3}"
                              for c in cols if (c, "tune") in row or (c, "check") in row)
            label = name if name in table else f"({name})"
            print(f"    {label:42} {cells}")
    print("  a declared title with the site's name at one end, tune / check: "
          "pages, the truth keeps the name, the truth drops it")
    for name, row in keep.items():
        cells = "  ".join(f"{row.get((c, 'tune'), 0):3} /{row.get((c, 'check'), 0):3}"
                          for c in ("given", "right", "we lose"))
        print(f"    {name:42} {cells}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lib", default=os.path.join(REPO, "build", "libarticle.so"))
    ap.add_argument("--corpus-root", default=CORPUS)
    ap.add_argument("--corpus", choices=("dates", "modern", "both"), default="both")
    ap.add_argument("--half", choices=("tune", "check", "all"), default="all",
                    help="which half --misses lists (scores show all)")
    ap.add_argument("--peers", action="store_true", help="also run htmldate/trafilatura")
    ap.add_argument("--misses", type=int, default=0, help="list N misses per field")
    ap.add_argument("--peer-right", action="store_true",
                    help="with --misses and --peers: only misses a peer gets right")
    ap.add_argument("--field", choices=("date", "author", "title"), default=None,
                    help="with --misses: only this field")
    ap.add_argument("--sources", action="store_true",
                    help="modern/: per title and author source, given / right / "
                         "right where ours is wrong, per half (counts only)")
    ap.add_argument("--json", help="write the scores to this file")
    ap.add_argument("--dump", help="write libarticle's fields per page to this JSON file")
    ap.add_argument("--changed", metavar="OLD_DUMP",
                    help="list the pages whose fields (or --field) differ from an earlier "
                         "--dump, with half, truth and fixed/broken")
    ap.add_argument("--min", action="append", default=[], metavar="CORPUS:HALF:METRIC:VALUE",
                    help="fail (exit 1) when libarticle's METRIC (acc, found, "
                         "right_when_found; date, author, title) on CORPUS (dates, modern) "
                         "and HALF (tune, check, all) is under VALUE; repeatable")
    args = ap.parse_args()

    readers = {"libarticle": libarticle_reader(Library(args.lib))}
    if args.peers:
        readers.update(htmldate_readers())
        readers.update(trafilatura_reader())
        if len(readers) == 1:
            print("no peers importable: run with tests/bench/.venv/bin/python "
                  "(tests/bench/peers.sh setup)", file=sys.stderr)
    report, dumped, all_results = {}, {}, {}
    corpora = ("dates", "modern") if args.corpus == "both" else (args.corpus,)
    for corpus in corpora:
        pages = list(dates_pages(args.corpus_root) if corpus == "dates"
                     else modern_pages(args.corpus_root))
        print(f"{corpus}/: {len(pages)} pages")
        for name, reader in readers.items():
            if corpus == "dates" and "trafilatura" in name:
                continue
            results, secs = run(reader, pages)
            all_results[name] = results
            if args.dump and name == "libarticle":
                dumped.update({corpus + ":" + k: v for k, v in results.items()})
            scores = score_dates(pages, results) if corpus == "dates" \
                else score_modern(pages, results)
            report.setdefault(corpus, {})[name] = scores
            for h in ("tune", "check", "all"):
                s = scores[h]
                if corpus == "dates":
                    print(f"  {name:24} {h:5} n={s['n']:3}  acc {s['acc']:.3f}  "
                          f"found {s['found']:.3f}  right-when-found {s['right_when_found']:.3f}")
                else:
                    cols = "  ".join(f"{f} {s[f]:.3f} (n={s[f + '_n']})"
                                     for f in ("date", "author", "author_exact", "title")
                                     if f in s)
                    print(f"  {name:24} {h:5} n={s['n']:3}  {cols}")
            print(f"  {name:24} {secs:.1f} s CPU")
        if args.changed:
            with open(args.changed, encoding="utf-8") as f:
                old = json.load(f)
            fields = ("date",) if corpus == "dates" else ("date", "author", "title")
            show_changed(corpus, pages, all_results["libarticle"], old,
                         [f for f in fields if args.field in (None, f)])
        if args.sources and corpus == "modern":
            show_sources(pages, all_results["libarticle"])
        if args.misses:
            # after every reader ran, so a miss can show what the peers read
            ours = all_results.pop("libarticle")
            sel = [p for p in pages if args.half == "all" or half(p["key"]) == args.half]
            fields = ("date",) if corpus == "dates" else ("date", "author", "title")
            for f in fields:
                if args.field in (None, f):
                    show_misses("libarticle", sel, ours, f, args.misses, all_results,
                                args.peer_right)
        all_results.clear()
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            json.dump(dumped, f, indent=1, sort_keys=True, ensure_ascii=False)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, sort_keys=True)
    failed = 0
    for floor in args.min:
        corpus, h, metric, value = floor.split(":")
        got = report.get(corpus, {}).get("libarticle", {}).get(h, {}).get(metric)
        if got is None or got < float(value):
            print(f"FAIL: {corpus} {h} {metric} = {got} < {value}", file=sys.stderr)
            failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main())
