#!/usr/bin/env python3
"""Writes WARC files of the corpus pages, with warcio, for the tests and the bench.

    python3 make_warc.py OUT.warc.gz [--corpus DIR] [--plain]
    python3 make_warc.py --hostile OUT.warc.gz

The corpus WARC holds a warcinfo record, then for every page of the zyte
corpus a request record and a 200 text/html response whose target URI is
the page's URL from ground-truth.json, then a few records of other kinds
(an image, a 404 page, a redirect, and a Latin-1 page whose charset only the
HTTP header names). One gzip member per record, as Common Crawl writes them.
Built at test time into the build folder: corpus pages are never committed.

The hostile WARC: good pages around a 200 MB record, a corrupt gzip member,
and a last record cut short.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import zlib
from pathlib import Path
from typing import Iterator

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[2].parent / "shared" / "corpus" / "zyte"

#: A Latin-1 page whose charset only the HTTP header gives.
LATIN1_PAGE = ("<html><head><title>Caf\xe9 cr\xe8me</title></head><body><article>"
               "<h1>Caf\xe9 cr\xe8me</h1><p>Un caf\xe9 cr\xe8me co\xfbte deux euros \xe0 la "
               "terrasse, et le gar\xe7on le sert avec un sourire.</p></article></body></html>"
               ).encode("latin-1")
LATIN1_URL = "https://example.org/latin1"


def corpus_pages(corpus: Path) -> Iterator[tuple[str, str, bytes]]:
    """(id, url, html) of every page of a zyte-style corpus, in id order."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    for page in sorted((corpus / "html").glob("*.html.gz")):
        pid = page.name[:-len(".html.gz")]
        yield pid, truth[pid]["url"], gzip.decompress(page.read_bytes())


def _response(w: WARCWriter, url: str, body: bytes, ctype: str,
              status: str = "200 OK") -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                        http_headers=http))


def _request(w: WARCWriter, url: str) -> None:
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
    w.write_record(w.create_warc_record(url, "request", http_headers=http))


def write_corpus_warc(out: Path, corpus: Path = DEFAULT_CORPUS, gz: bool = True) -> list[str]:
    """Writes the corpus WARC; returns the URLs of its corpus pages, in order."""
    urls = []
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(out.name, {"software": "libarticle tests"}))
        for _, url, html in corpus_pages(corpus):
            _request(w, url)
            _response(w, url, html, "text/html")
            urls.append(url)
        _response(w, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        _response(w, "https://example.org/missing", b"<html><p>Not found</p></html>",
                  "text/html", status="404 Not Found")
        _response(w, "https://example.org/moved", b"", "text/html", status="301 Moved Permanently")
        _response(w, LATIN1_URL, LATIN1_PAGE, "text/html; charset=ISO-8859-1")
    return urls


def _huge_member(url: str, size: int) -> bytes:
    """One gzip member holding a response of ``size`` bytes of HTML, written
    by hand (zlib level 1, 1 MiB at a time) because warcio's digests would
    take seconds over 200 MB."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % size
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"
            b"WARC-Date: 2026-01-01T00:00:00Z\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000200>\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n") % (url.encode(), len(http) + size)
    chunk = (b"<p>" + b"a" * 1020 + b"</p>") * 1024
    co = zlib.compressobj(1, zlib.DEFLATED, 31)
    parts = [co.compress(head + http)]
    left = size
    while left > 0:
        parts.append(co.compress(chunk[:left]))
        left -= min(left, len(chunk))
    parts += [co.compress(b"\r\n\r\n"), co.flush()]
    return b"".join(parts)


def _member(write) -> bytes:
    buf = io.BytesIO()
    write(WARCWriter(buf, gzip=True))
    return buf.getvalue()


def page(n: int) -> bytes:
    return (f"<html><head><title>Page {n}</title></head><body><article><h1>Page {n}</h1>"
            f"<p>This is page number {n}, a short article with enough words in it to be "
            f"read as one.</p></article></body></html>").encode()


def write_hostile_warc(out: Path, big: int = 200 * 1024 * 1024) -> None:
    """good 1, a ``big``-byte page, good 2, a corrupt member, good 3, good 4
    cut short: HTML records 1-3 are readable, one each of oversize, bad gzip
    and truncated."""
    def rec(url: str, body: bytes):
        return lambda w: _response(w, url, body, "text/html")

    members = [_member(rec("https://example.org/good1", page(1))),
               _huge_member("https://example.org/huge", big),
               _member(rec("https://example.org/good2", page(2)))]
    bad = bytearray(_member(rec("https://example.org/corrupt", page(99) * 20)))
    bad[len(bad) // 2:len(bad) // 2 + 32] = b"\x00" * 32
    members.append(bytes(bad))
    members.append(_member(rec("https://example.org/good3", page(3))))
    cut = _member(rec("https://example.org/cut", page(4) + bytes(range(256)) * 64))
    members.append(cut[:len(cut) * 2 // 3])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"".join(members))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--plain", action="store_true", help="no gzip")
    ap.add_argument("--hostile", action="store_true", help="write the hostile WARC instead")
    args = ap.parse_args(argv)
    if args.hostile:
        write_hostile_warc(args.out)
    else:
        n = len(write_corpus_warc(args.out, args.corpus, gz=not args.plain))
        print(f"{args.out}: {n} corpus pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
