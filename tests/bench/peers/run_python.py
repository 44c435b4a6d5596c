"""Times the Python peers on the zyte pages and writes their predictions.

Run by tests/bench/peers.sh inside tests/bench/.venv. For each peer, in one
warm process: every page is read into memory first; one warm-up pass over a
few pages; then PASSES timed passes where only parse+extract is inside the
clock. Writes OUT/<peer>.jsonl ({"id", "text"} per line, as zyte_score.py
reads them) and OUT/<peer>.speed (pages, seconds of the median pass).
"""

import argparse
import gzip
import json
import os
import statistics
import sys
import time


def load_pages(corpus):
    """[(id, url, html_text)] sorted by id, from CORPUS/html/*.html.gz."""
    truth_path = os.path.join(corpus, "ground-truth.json")
    truth = {}
    if os.path.exists(truth_path):
        with open(truth_path, encoding="utf-8") as f:
            truth = json.load(f)
    pages = []
    html_dir = os.path.join(corpus, "html")
    for name in sorted(os.listdir(html_dir)):
        path = os.path.join(html_dir, name)
        if name.endswith(".html.gz"):
            with gzip.open(path, "rb") as f:
                raw = f.read()
            page_id = name[: -len(".html.gz")]
        elif name.endswith(".html"):
            with open(path, "rb") as f:
                raw = f.read()
            page_id = name[: -len(".html")]
        else:
            continue
        url = truth.get(page_id, {}).get("url")
        # The corpus is UTF-8 (its README); every peer gets the same str.
        pages.append((page_id, url, raw.decode("utf-8", errors="replace")))
    return pages


def lxml_text(html_fragment):
    """Text of an HTML fragment, a space between text nodes so that words in
    adjacent blocks (</p><p>) do not run together."""
    import lxml.html

    if not html_fragment:
        return ""
    tree = lxml.html.fromstring(html_fragment)
    return " ".join(t.strip() for t in tree.itertext() if t.strip())


def make_trafilatura():
    import trafilatura

    def extract(html, url):
        # Defaults, except comments: the ground truth holds none.
        return trafilatura.extract(html, url=url, include_comments=False) or ""

    return extract


def make_readability_lxml():
    from readability import Document

    def extract(html, url):
        return lxml_text(Document(html, url=url).summary(html_partial=True))

    return extract


def make_newspaper4k():
    import warnings

    warnings.filterwarnings("ignore", message="nltk is not installed")
    warnings.filterwarnings("ignore", module="dateutil")  # "tzname EST ..."
    import newspaper

    # Off by default it fetches every image over the network to pick the
    # top image: that would time the network, not the extractor.
    config = newspaper.Config()
    config.fetch_images = False
    config.memoize_articles = False

    def extract(html, url):
        article = newspaper.Article(url or "http://example.com/", config=config)
        article.download(input_html=html)
        article.parse()
        return article.text or ""

    return extract


def make_resiliparse():
    # Fast main-content extraction on a lexbor parse (the FastWARC
    # pipeline's extractor), given the same str as every other peer.
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def extract(html, url):
        return extract_plain_text(HTMLTree.parse(html), main_content=True) or ""

    return extract


PEERS = {
    "trafilatura": make_trafilatura,
    "readability-lxml": make_readability_lxml,
    "newspaper4k": make_newspaper4k,
    "resiliparse": make_resiliparse,
}


def run_peer(name, extract, pages, passes, out_dir, clock):
    for page_id, url, html in pages[:5]:  # warm-up: imports, caches
        extract(html, url)
    times = []
    predictions = {}
    for _ in range(passes):
        total = 0.0
        for page_id, url, html in pages:
            t0 = clock()
            try:
                text = extract(html, url)
            except Exception as e:  # a peer crashing on a page scores a miss
                print(f"{name}: {page_id}: {type(e).__name__}: {e}", file=sys.stderr)
                text = ""
            total += clock() - t0
            predictions[page_id] = text
        times.append(total)
    seconds = statistics.median(times)
    with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as f:
        for page_id, _, _ in pages:
            f.write(json.dumps({"id": page_id, "text": predictions[page_id]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, name + ".speed"), "w") as f:
        f.write(f"{len(pages)}\t{seconds:.6f}\n")
    print(f"{name}: {len(pages)} pages in {seconds:.2f} s "
          f"({len(pages) / seconds:.1f} pages/s)", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--peer", action="append", help="only these peers")
    ap.add_argument("--wall", action="store_true",
                    help="wall-clock time instead of the process's CPU time")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    pages = load_pages(args.corpus)
    for name, make in PEERS.items():
        if args.peer and name not in args.peer:
            continue
        try:
            extract = make()
        except ImportError as e:
            print(f"{name}: unavailable ({e})", file=sys.stderr)
            continue
        # CPU time by default, as bench_article: on a shared machine the
        # wall clock also counts other people's jobs.
        clock = time.perf_counter if args.wall else time.process_time
        run_peer(name, extract, pages, args.passes, args.out, clock)


if __name__ == "__main__":
    main()
