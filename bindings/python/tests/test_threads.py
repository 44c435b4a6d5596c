"""Threads: documents parse in parallel, and C calls release the GIL."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import article
from conftest import read_page, zyte_pages

pytestmark = pytest.mark.usefixtures("html_reader", "json_writer")


def _convert(data: bytes) -> str:
    return article.from_html(data).to_json()


def test_eight_threads_agree_with_serial() -> None:
    pages = [read_page(p) for p in zyte_pages()[:40]]
    serial = [_convert(p) for p in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(_convert, pages * 2))
    assert parallel == serial * 2


def test_one_document_read_by_many_threads() -> None:
    doc = article.from_html(read_page(zyte_pages()[1]))
    expected = (doc.to_json(), doc.to_dict(), [s.text for s in doc.sections])

    def read(_: int) -> tuple[str, object, list[str]]:
        return doc.to_json(), doc.to_dict(), [s.text for s in doc.sections]

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(r == expected for r in pool.map(read, range(32)))


def test_gil_is_released_during_a_parse() -> None:
    # One big page: a long C call. While it runs in a thread, this thread
    # must keep running Python; with the GIL held it could not run at all.
    big = b"<html><body><article>" + b"<p>word " * 10 + b"</p>" * 1 + (
        b"<p>Some words of a long article, " * 200_000) + b"</article></body></html>"
    window: list[float] = []

    def parse() -> None:
        window.append(time.perf_counter())
        article.from_html(big)
        window.append(time.perf_counter())

    t = threading.Thread(target=parse)
    ticks: list[float] = []
    t.start()
    while t.is_alive():
        ticks.append(time.perf_counter())
    t.join()
    start, end = window
    if end - start < 0.05:
        pytest.skip(f"the parse took only {end - start:.3f} s, too short to tell")
    inside = [x for x in ticks if start + 0.2 * (end - start) < x < end - 0.2 * (end - start)]
    assert len(inside) > 100, f"{len(inside)} ticks of this thread during a {end - start:.2f} s call"
