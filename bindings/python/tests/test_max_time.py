"""The time budget: from_html(max_time=...) on a page built to be slow."""
from __future__ import annotations

import pytest

import article


def slow_page(blocks: int = 20000) -> bytes:
    """About 4 MB of teaser-like blocks: well over 10 ms to read anywhere."""
    block = ('<div class="post entry"><p>Paragraph {0} with <a href="/p/{0}">a link</a>'
             " and <em>some words</em> that go on for a while, as text does.</p></div>\n")
    return ("<!DOCTYPE html><html><head><title>Slow</title></head><body><article>"
            + "".join(block.format(i) for i in range(blocks))
            + "</article></body></html>").encode()


@pytest.mark.parametrize("cpu_time", [False, True])
def test_max_time_fails_a_slow_page(cpu_time: bool) -> None:
    page = slow_page()
    with pytest.raises(article.LimitArticleError, match=r"max_time \(1 ms"):
        article.from_html(page, max_time=1, cpu_time=cpu_time)
    doc = article.from_html(page, max_time=600000, cpu_time=cpu_time)
    assert doc.to_json() == article.from_html(page).to_json()
    text = doc.to_json()
    with pytest.raises(article.LimitArticleError, match="max_time"):
        article.from_json(text, max_time=1, cpu_time=cpu_time)
    assert article.from_json(text, max_time=600000).to_json() == text


@pytest.mark.parametrize("bad", [0, -5])
def test_max_time_must_be_positive(bad: int) -> None:
    with pytest.raises(ValueError, match="max_time"):
        article.from_html(b"<p>x</p>", max_time=bad)


def test_max_time_must_be_int() -> None:
    with pytest.raises(TypeError, match="max_time"):
        article.from_html(b"<p>x</p>", max_time=1.5)  # type: ignore[arg-type]
