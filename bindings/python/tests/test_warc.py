"""article.warc on a WARC of the corpus pages, and on a hostile one."""

from __future__ import annotations

import gzip
import resource
from pathlib import Path

import pytest

import article
from conftest import read_page, zyte_pages
from make_warc import LATIN1_URL, write_corpus_warc

warc = pytest.importorskip("article.warc")
pytest.importorskip("fastwarc")


@pytest.mark.usefixtures("html_reader", "json_writer")
def test_every_corpus_page_is_read_with_its_url(corpus_warc: tuple[Path, list[str]]) -> None:
    path, urls = corpus_warc
    counts = warc.Counts()
    results = list(warc.extract(path, counts=counts))
    # The corpus pages in order, then the Latin-1 page; the image, the 404
    # and the redirect are skipped as not HTML; warcinfo and requests as other.
    assert [r.uri for r in results] == urls + [LATIN1_URL]
    assert (counts.html, counts.not_html, counts.other) == (len(urls) + 1, 3, len(urls) + 1)
    assert counts.extracted == len(results) and counts.failed == 0
    assert (counts.oversize, counts.truncated, counts.bad_gzip, counts.bad_warc) == (0, 0, 0, 0)
    assert all(r.error is None and r.document is not None for r in results)
    # The same document as reading the page file with its URL (every 6th
    # page: the test suite stays fast).
    for result, page in list(zip(results, zyte_pages()))[::6]:
        want = article.from_html(read_page(page), result.uri)
        assert result.document.to_dict() == want.to_dict(), page.name


@pytest.mark.usefixtures("html_reader")
def test_http_charset_is_used(tmp_path: Path) -> None:
    # An uncompressed WARC with no corpus pages: the extra records only.
    (tmp_path / "c" / "html").mkdir(parents=True)
    (tmp_path / "c" / "ground-truth.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "extra.warc"
    write_corpus_warc(out, tmp_path / "c", gz=False)
    (rec,) = warc.records(out)
    assert (rec.uri, rec.charset) == (LATIN1_URL, "ISO-8859-1")
    assert warc.convert(rec).document.title == "Caf\u00e9 cr\u00e8me"


def test_records_resume_at_an_offset(corpus_warc: tuple[Path, list[str]]) -> None:
    path, urls = corpus_warc
    recs = list(warc.records(path))
    for rec in recs[::17]:
        (again,) = warc.records(path, start=rec.offset, limit=1)
        assert (again.uri, again.offset, again.payload) == (rec.uri, rec.offset, rec.payload)


@pytest.mark.usefixtures("html_reader")
def test_hostile_warc_is_read_with_counts(hostile_warc: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    counts = warc.Counts()
    results = list(warc.extract(hostile_warc, counts=counts))
    assert [r.uri.rsplit("/", 1)[1] for r in results] == ["good1", "good2", "good3"]
    assert all(r.document is not None and r.document.title.startswith("Page") for r in results)
    assert counts.oversize == 1  # the 200 MB record
    assert counts.bad_gzip == 1  # the corrupt member
    assert counts.truncated == 1  # the last record, cut short
    # The 200 MB payload was skipped, never read into memory (ru_maxrss: KiB).
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024


@pytest.mark.parametrize("data", [b"", b"not a warc at all\r\n" * 50,
                                  gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"),
                                  b"\x1f\x8b\x08 truncated gzip"])
def test_garbage_never_raises(tmp_path: Path, data: bytes) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(data)
    counts = warc.Counts()
    assert list(warc.extract([bad, tmp_path / "missing.warc"], counts=counts)) == []
    assert counts.bad_warc >= 1  # at least the missing file


def test_small_payload_limit(corpus_warc: tuple[Path, list[str]]) -> None:
    path, urls = corpus_warc
    counts = warc.Counts()
    kept = list(warc.records(path, max_payload=100_000, counts=counts))
    assert counts.oversize > 0 and counts.html == len(kept)
    assert all(len(r.payload) <= 100_000 for r in kept)
    assert counts.html + counts.oversize == len(urls) + 1


@pytest.mark.usefixtures("html_reader")
def test_body_text_leaves_out_the_title() -> None:
    doc = article.from_html(b"<html><head><title>T</title></head><body><article><h1>T</h1>"
                            b"<p>First paragraph of the body.</p><h2>Sub</h2>"
                            b"<p>Second one.</p></article></body></html>")
    text = warc.body_text(doc)
    assert "First paragraph of the body." in text and "Second one." in text
    assert not text.startswith("T\n")


@pytest.mark.usefixtures("html_reader", "json_writer")
def test_command_line_writes_json_lines(tmp_path: Path, hostile_warc: Path) -> None:
    import json
    import subprocess
    import sys

    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "article.warc", str(hostile_warc), "-o", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    lines = [json.loads(line) for line in text.splitlines()]
    assert [d["url"] for d in lines] == [f"https://example.org/good{i}" for i in (1, 2, 3)]
    assert all(d["article"]["title"].startswith("Page") for d in lines)
    assert "1 oversize" in proc.stderr and "1 bad_gzip" in proc.stderr
    assert "1 truncated" in proc.stderr
