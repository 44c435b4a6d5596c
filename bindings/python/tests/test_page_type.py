"""The page type and the confidence as Python attributes: read from HTML,
carried by JSON, dicts and pickles, edited with checks."""

from __future__ import annotations

import pickle

import pytest

import article

PAGE = (
    "<html><head><meta property='og:type' content='product'></head><body>"
    "<h1>Reading lamp</h1><span class='price'>$25.00</span><button>Add to cart</button>"
    "<p>A small lamp with a warm light and a long arm, for reading in bed at night.</p>"
    "</body></html>"
)


def test_read_from_html() -> None:
    doc = article.from_html(PAGE, url="https://shop.example.com/products/lamp")
    assert doc.page_type == "product"
    assert doc.confidence is not None and 0 <= doc.confidence <= 1
    d = doc.to_dict()
    assert d["page_type"] == "product" and d["confidence"] == doc.confidence


def test_unknown_on_a_new_document() -> None:
    doc = article.Document()
    assert doc.page_type is None and doc.confidence is None
    assert "page_type" not in doc.to_dict() and "confidence" not in doc.to_dict()


def test_set_and_carry() -> None:
    doc = article.Document()
    doc.page_type = "forum"
    doc.confidence = 0.874
    assert (doc.page_type, doc.confidence) == ("forum", 0.87)
    for back in (article.from_json(doc.to_json()), article.from_dict(doc.to_dict()),
                 pickle.loads(pickle.dumps(doc)), article.from_html(doc.to_html())):
        assert (back.page_type, back.confidence) == ("forum", 0.87)
    doc.page_type = None
    doc.confidence = None
    assert doc.page_type is None and doc.confidence is None


@pytest.mark.parametrize("value, error", [
    ("blog", ValueError), (3, TypeError), (b"forum", TypeError)])
def test_bad_page_type(value: object, error: type) -> None:
    with pytest.raises(error):
        article.Document().page_type = value  # type: ignore[assignment]


@pytest.mark.parametrize("value, error", [
    (1.5, ValueError), (-0.1, ValueError), ("high", TypeError), (True, TypeError)])
def test_bad_confidence(value: object, error: type) -> None:
    with pytest.raises(error):
        article.Document().confidence = value  # type: ignore[assignment]


def test_bad_json_names_the_key() -> None:
    with pytest.raises(article.ArticleError) as e:
        article.from_json('{"format":"article/1","title":"","page_type":"blog","sections":[]}')
    assert e.value.path == "page_type"
