"""Conversions both ways on the real pages of ../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import article
import model
from conftest import read_page, readability_pages, zyte_pages

PAGES = zyte_pages() + readability_pages()
IDS = [p.name[:12] if p.parent.name == "html" else p.parent.name for p in PAGES]

pytestmark = pytest.mark.usefixtures("html_reader", "json_reader", "json_writer")


def test_corpus_is_there() -> None:
    assert len(zyte_pages()) == 121
    assert len(readability_pages()) == 130


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_page(path: Path) -> None:
    doc = article.from_html(read_page(path))
    compact = doc.to_json()
    # The objects agree with the JSON writer, field by field.
    assert model.document(doc) == doc.to_dict()
    # JSON reads back to the same model, byte for byte.
    assert article.from_json(compact).to_json() == compact
    pretty = doc.to_json(pretty=True)
    assert article.from_json(pretty).to_json() == compact


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_page_text_writers(path: Path, markdown_writer: None, text_writer: None) -> None:
    doc = article.from_html(read_page(path))
    markdown, text = doc.to_markdown(), doc.to_text()
    assert isinstance(markdown, str) and isinstance(text, str)
    for s in doc.sections:
        # Every section's words reach the plain text (the writer may lay
        # them out differently than .text does).
        words = s.heading_text.split()[:3]
        assert all(w in text for w in words), (words, s)


@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_page_html_round_trip(path: Path, html_writer: None) -> None:
    doc = article.from_html(read_page(path))
    compact = doc.to_json()
    # The writer's own page, as bytes or as str, reads back to the same model.
    page = doc.to_html()
    back = article.from_html(page)
    assert back.to_json() == compact, model.first_difference(doc.to_dict(), back.to_dict())
    assert article.from_html(page.encode("utf-8")).to_json() == compact
    # A fragment has no <head>, so only the body is sure to come back.
    frag = article.from_html(doc.to_html(fragment=True, style=False))
    assert frag.to_dict()["sections"] == doc.to_dict()["sections"]


def test_str_and_bytes_agree() -> None:
    path = zyte_pages()[0]
    data = read_page(path)
    assert (article.from_html(data).to_json()
            == article.from_html(data.decode("utf-8")).to_json())


def test_options_reach_the_reader() -> None:
    data = read_page(zyte_pages()[0])
    doc = article.from_html(data, url="https://example.com/a/b.html", comments=False,
                            related=False, favor="precision")
    assert doc.comments == [] and doc.related == []
    with pytest.raises(article.LimitArticleError):
        article.from_html(data, max_input_size=100)
    with pytest.raises(article.ArticleError) as info:
        article.from_html(data, charset="no-such-charset")
    assert info.value.status == article.Status.ENCODING


def test_str_input_ignores_the_pages_meta_charset() -> None:
    # A str is already decoded: its <meta charset> must not re-decode it.
    page = ('<html><head><meta charset="iso-8859-1"><title>Caf\u00e9 \u2018na\u00efve\u2019'
            '</title></head><body><article><h1>Caf\u00e9 \u2018na\u00efve\u2019</h1>'
            '<p>Cr\u00e8me br\u00fbl\u00e9e and \u00fcber-caf\u00e9s, a paragraph long enough '
            'to count as the body of the article.</p></article></body></html>')
    doc = article.from_html(page)
    assert doc.title == "Caf\u00e9 \u2018na\u00efve\u2019"
    assert "Cr\u00e8me br\u00fbl\u00e9e" in doc.sections[0].text
    latin = page.replace("\u2018", "'").replace("\u2019", "'").encode("iso-8859-1")
    assert article.from_html(latin).title == "Caf\u00e9 'na\u00efve'"
