"""10,000 parse/serialize cycles keep the RSS flat."""

from __future__ import annotations

import gc

import pytest

import article
from conftest import read_page, zyte_pages


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _cycle_json(seed: str) -> None:
    doc = article.from_json(seed)
    doc.to_json()
    doc.to_dict()
    for s in doc.sections:
        for b in s.blocks:
            b.text  # noqa: B018 - views made and dropped
    doc.title = "changed"
    doc.tags = ["a", "b"]


@pytest.mark.slow
def test_json_cycles_keep_rss_flat(seed_json: str, json_writer: None) -> None:
    for _ in range(1000):
        _cycle_json(seed_json)
    gc.collect()
    before = _rss_kib()
    for _ in range(10_000):
        _cycle_json(seed_json)
    gc.collect()
    grown = _rss_kib() - before
    assert grown < 8 * 1024, f"RSS grew by {grown} KiB over 10,000 cycles"


@pytest.mark.slow
def test_html_cycles_keep_rss_flat(html_reader: None, json_writer: None) -> None:
    page = read_page(zyte_pages()[0])

    def cycle() -> None:
        article.from_html(page).to_json()

    for _ in range(200):
        cycle()
    gc.collect()
    before = _rss_kib()
    for _ in range(1000):
        cycle()
    gc.collect()
    grown = _rss_kib() - before
    assert grown < 8 * 1024, f"RSS grew by {grown} KiB over 1,000 page cycles"


def test_error_cycles_keep_rss_flat() -> None:
    # Failing calls allocate their error structs in Python and C scratch
    # memory; neither may leak.
    before = 0
    for i in range(11_000):
        if i == 1000:
            gc.collect()
            before = _rss_kib()
        try:
            article.from_json('{"format": ')
        except article.ArticleError:
            pass
        d = article.Document()
        d.title = "x" * 100
    gc.collect()
    assert _rss_kib() - before < 4 * 1024
