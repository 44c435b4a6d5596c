"""Articles from WARC files (Common Crawl's format), one per HTML response record.

    python -m article.warc FILE.warc.gz... [-o OUT.jsonl] [--max-time MS]

    >>> import article.warc
    >>> counts = article.warc.Counts()
    >>> for result in article.warc.extract("CC-MAIN-...warc.gz", counts=counts):
    ...     if result.document is not None:
    ...         print(result.uri, result.document.title)
    ...     else:
    ...         print(result.uri, "failed:", result.error)
    >>> counts.html, counts.not_html, counts.oversize, counts.truncated, counts.bad_gzip

WARC files are read with FastWARC (PyPI ``fastwarc``, part of the
resiliparse project): its parser is C++, so reading a record costs a small
fraction of extracting it, where pure-Python warcio would cost about as much
as the extraction; it reads gzip (one member per record, the WARC norm),
and plain WARCs, parses the HTTP headers and reports where each
record starts, which lets a reader resume at any record (``start``).

Every HTML response record (HTTP status 2xx, ``Content-Type`` text/html or
application/xhtml+xml, or no type and a page that starts like HTML) becomes
a :class:`Record`: target URI, payload, and the charset of the HTTP
``Content-Type``. Nothing in a file raises: other records are counted and
skipped (:class:`Counts`), as are payloads over ``max_payload`` (never read
into memory), records cut short, and corrupt stretches (a bad gzip member,
garbage between records), after which reading resumes at the next record.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields
import sys
from typing import IO, Any, Iterable, Iterator, Sequence

#: Payloads over this many bytes are skipped (counted in ``Counts.oversize``).
DEFAULT_MAX_PAYLOAD = 10 * 1024 * 1024

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:+-]+)""", re.IGNORECASE)
_SCAN_CHUNK = 1 << 20


@dataclass
class Record:
    """One HTML response record of a WARC file."""

    uri: str
    """WARC-Target-URI: the page's address."""
    payload: bytes
    """The HTTP body, as stored (Common Crawl stores it decoded)."""
    charset: str | None
    """The ``charset`` of the HTTP Content-Type header, as written, or None."""
    warc: str
    """The file it was read from."""
    offset: int
    """Where the record starts in that file (in the compressed file for a
    gzipped WARC): ``records(warc, start=offset)`` begins with it."""
    date: str | None = None
    """WARC-Date."""
    record_id: str | None = None
    """WARC-Record-ID."""


@dataclass
class Counts:
    """What reading found; add up over files and pass the same one along."""

    html: int = 0
    """HTML response records read (yielded)."""
    not_html: int = 0
    """Response records skipped: not HTML, or an HTTP status other than 2xx."""
    other: int = 0
    """Records of other types (request, metadata, warcinfo...), skipped."""
    oversize: int = 0
    """HTML records skipped because their payload is over ``max_payload``."""
    truncated: int = 0
    """Records cut short (the file ends inside them), skipped."""
    bad_gzip: int = 0
    """Corrupt gzip members skipped (reading resumed at the next member)."""
    bad_warc: int = 0
    """Corrupt stretches of an uncompressed WARC skipped (reading resumed at
    the next ``WARC/1.x`` line), or files that could not be opened."""
    extracted: int = 0
    """Records turned into a Document (by :func:`extract`)."""
    failed: int = 0
    """Records libarticle failed on (by :func:`extract`), with the error."""

    def add(self, other: Counts) -> None:
        """Adds ``other``'s counts to these."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _charset(content_type: str | None) -> str | None:
    m = _CHARSET.search(content_type or "")
    return m.group(1) if m else None


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or b"<html" in head


def _next_start(f: IO[bytes], after: int, magic: bytes) -> int | None:
    """The offset of the first ``magic`` after ``after`` (a record start), or None."""
    pos = after + 1
    f.seek(pos)
    tail = b""
    while True:
        chunk = f.read(_SCAN_CHUNK)
        if not chunk:
            return None
        buf = tail + chunk
        i = buf.find(magic)
        if i >= 0:
            return pos - len(tail) + i
        tail = buf[-(len(magic) - 1):]
        pos += len(chunk)


def _is_gzip(f: IO[bytes]) -> bool:
    f.seek(0)
    return f.read(3) == _GZIP_MAGIC


def records(path: str | os.PathLike[str], *, max_payload: int = DEFAULT_MAX_PAYLOAD,
            counts: Counts | None = None, start: int = 0,
            limit: int | None = None) -> Iterator[Record]:
    """The HTML response records of one WARC file, in file order.

    ``start`` is the offset of a record (a :attr:`Record.offset`) to begin
    at; ``limit`` stops after that many HTML records. Never raises for bad
    content; a file that cannot be opened raises ``OSError``.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    counts = counts if counts is not None else Counts()
    name = os.fspath(path)
    yielded = 0
    with open(name, "rb", buffering=_SCAN_CHUNK) as f:
        gz = _is_gzip(f)
        magic = _GZIP_MAGIC if gz else _WARC_MAGIC
        resume = start
        in_bad = False  # a corrupt stretch is counted once, however many tries it takes
        while resume is not None:
            f.seek(resume)
            last = resume - 1  # the last record start seen in this pass
            try:
                # Types are filtered here, not by FastWARC, so that every
                # skipped record is counted.
                for rec in ArchiveIterator(f, record_types=WarcRecordType.any_type,
                                           parse_http=False):
                    last = rec.stream_pos
                    if rec.record_type != WarcRecordType.response:
                        counts.other += 1
                        in_bad = False
                        continue
                    cut_before = counts.truncated
                    out = _html_record(rec, name, max_payload, counts)
                    # A record cut short is counted as truncated; the
                    # decompression error it then ends in is not counted again.
                    in_bad = counts.truncated != cut_before
                    if out is None:
                        continue
                    yield out
                    yielded += 1
                    if limit is not None and yielded >= limit:
                        return
                resume = None
            except OSError:
                # A corrupt gzip member, or garbage where a header should
                # be: skip to the next record start after the last good one.
                if not in_bad:
                    if gz:
                        counts.bad_gzip += 1
                    else:
                        counts.bad_warc += 1
                in_bad = True
                resume = _next_start(f, max(last, resume), magic)


def _html_record(rec: Any, warc: str, max_payload: int, counts: Counts) -> Record | None:
    """The Record of a response record if it is an HTML page that fits, else
    None (counted). Raises OSError when the file is corrupt there."""
    declared = rec.content_length
    if declared > max_payload + 65536:
        # Over the limit whatever its HTTP headers: not read (FastWARC
        # skips the rest when the iterator moves on).
        counts.oversize += 1
        return None
    rec.parse_http()
    http = rec.http_headers
    if http is None:
        counts.not_html += 1
        return None
    status = http.status_code
    ctype = http.get("Content-Type")
    if status is None or not 200 <= status < 300:
        counts.not_html += 1
        return None
    mime = (ctype or "").split(";", 1)[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        counts.not_html += 1
        return None
    remaining = rec.content_length
    if remaining > max_payload:
        counts.oversize += 1
        return None
    payload = rec.reader.read()
    if len(payload) < remaining:
        counts.truncated += 1
        return None
    if not mime and not _looks_like_html(payload):
        counts.not_html += 1
        return None
    counts.html += 1
    return Record(uri=rec.headers.get("WARC-Target-URI") or "", payload=payload,
                  charset=_charset(ctype), warc=warc, offset=rec.stream_pos,
                  date=rec.headers.get("WARC-Date"), record_id=rec.record_id)


@dataclass
class Result:
    """One HTML record and what libarticle made of it: a document or an error."""

    record: Record
    document: Any = None
    """The :class:`article.Document`, or None when extraction failed."""
    error: Exception | None = None
    """Why extraction failed (an :class:`article.ArticleError`), or None."""

    @property
    def uri(self) -> str:
        return self.record.uri


def supports_max_time() -> bool:
    """True when this libarticle's ``from_html`` takes a ``max_time`` budget."""
    import inspect

    import article

    return "max_time" in inspect.signature(article.from_html).parameters


def convert(rec: Record, **options: Any) -> Result:
    """Extracts one record (``options`` go to :func:`article.from_html`);
    never raises for a bad page."""
    import article

    charset = rec.charset
    try:
        try:
            doc = article.from_html(rec.payload, rec.uri or None, charset=charset, **options)
        except article.EncodingArticleError:
            if charset is None:
                raise
            # A charset the server named but libarticle does not know (or
            # that the bytes contradict): let the reader detect one instead.
            doc = article.from_html(rec.payload, rec.uri or None, **options)
        return Result(rec, document=doc)
    except Exception as e:  # noqa: BLE001 - a bad page is a result, not a crash
        return Result(rec, error=e)


def extract(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
            max_payload: int = DEFAULT_MAX_PAYLOAD, counts: Counts | None = None,
            **options: Any) -> Iterator[Result]:
    """A :class:`Result` per HTML record of one or more WARC files.

    ``options`` go to :func:`article.from_html` (``comments=False``,
    ``max_nodes=...``, ``max_time=...`` where the library has it).
    A file that cannot be opened counts as ``bad_warc`` and is skipped.
    """
    counts = counts if counts is not None else Counts()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in paths:
        try:
            for rec in records(path, max_payload=max_payload, counts=counts):
                result = convert(rec, **options)
                if result.document is not None:
                    counts.extracted += 1
                else:
                    counts.failed += 1
                yield result
        except OSError:
            counts.bad_warc += 1


def body_text(doc: Any) -> str:
    """The article's body as plain text: headings and blocks of the
    sections, without title, figures, embeds, related links or comments
    (what ``tests/bench`` scores, and what the datatrove extractor gives)."""
    parts: list[str] = []
    for section in doc.sections:
        if section.heading_text:
            parts.append(section.heading_text)
        parts.extend(b.text for b in section.blocks if b.type not in ("figure", "embed"))
    return "\n\n".join(p for p in parts if p)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m article.warc``: WARC files to JSON Lines in one process,
    one line per HTML record, ``{"url", "warc", "offset", "article"}`` or
    ``{"url", "warc", "offset", "error"}``; the counts go to stderr. Exit
    status 1 when a record failed or a file was unreadable."""
    import argparse
    import json

    ap = argparse.ArgumentParser(prog="python -m article.warc",
                                 description="WARC files to JSON Lines, one article per "
                                             "HTML response record.")
    ap.add_argument("warcs", nargs="+", metavar="FILE", help=".warc or .warc.gz")
    ap.add_argument("-o", "--output", help="JSON Lines file (default: standard output)")
    ap.add_argument("--max-time", type=int, default=10_000, metavar="MS",
                    help="time budget of one page in ms, 0 for none (default 10000)")
    ap.add_argument("--max-payload", type=int, default=DEFAULT_MAX_PAYLOAD, metavar="BYTES",
                    help="skip records with a larger payload (default 10 MiB)")
    args = ap.parse_args(argv)
    options: dict[str, Any] = {}
    if args.max_time > 0 and supports_max_time():
        options["max_time"] = args.max_time
    counts = Counts()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for r in extract(args.warcs, max_payload=args.max_payload, counts=counts, **options):
            line: dict[str, Any] = {"url": r.uri, "warc": r.record.warc,
                                    "offset": r.record.offset}
            if r.document is not None:
                line["article"] = json.loads(r.document.to_json())
            else:
                line["error"] = f"{type(r.error).__name__}: {r.error}"
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print("article.warc: " + ", ".join(f"{v} {k}" for k, v in counts.as_dict().items() if v),
          file=sys.stderr)
    return 1 if counts.failed or counts.bad_warc else 0


if __name__ == "__main__":
    sys.exit(main())
