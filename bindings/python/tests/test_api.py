"""The binding itself: metadata access and editing, argument checking,
error mapping. These need no reader or writer."""

from __future__ import annotations

import pytest

import article
from article._article import ffi, lib


def test_version_matches_library() -> None:
    assert article.__version__ == "0.1.0"
    assert article.__version__ == ffi.string(lib.article_version()).decode()


def test_empty_document() -> None:
    doc = article.Document()
    assert doc.title == ""
    assert doc.url is None and doc.subtitle is None and doc.site_name is None
    assert doc.authors == [] and doc.tags == [] and doc.breadcrumbs == []
    assert doc.image is None
    assert doc.sections == [] and doc.related == [] and doc.comments == []
    assert "Document" in repr(doc) and "sections=0" in repr(doc)


def test_metadata_set_get_clear() -> None:
    doc = article.Document()
    doc.title = "Trump says \u2018great progress\u2019"
    doc.site_name = "Example News"
    doc.language = "en"
    doc.published = "2025-08-06T18:02:00+00:00"
    assert doc.title == "Trump says \u2018great progress\u2019"
    assert (doc.site_name, doc.language) == ("Example News", "en")
    assert doc.published == "2025-08-06T18:02:00+00:00"
    doc.site_name = None
    doc.title = ""
    assert doc.site_name is None
    assert doc.title == ""


def test_lists_replace() -> None:
    doc = article.Document()
    doc.authors = [article.Person("Jane Doe", "https://example.com/jane"), ("Sam", None), "Kim"]
    assert doc.authors == [("Jane Doe", "https://example.com/jane"), ("Sam", None),
                           ("Kim", None)]
    assert doc.authors[0].url == "https://example.com/jane"
    doc.authors = ["Only"]
    assert [a.name for a in doc.authors] == ["Only"]
    doc.breadcrumbs = [("Home", "https://example.com/"), ("World", None)]
    assert doc.breadcrumbs[1] == article.Person("World", None)
    doc.tags = ["Ukraine", "Russia"]
    doc.tags = doc.tags + ["Peace"]
    assert doc.tags == ["Ukraine", "Russia", "Peace"]
    doc.tags = []
    assert doc.tags == []


def test_image() -> None:
    doc = article.Document()
    doc.image = article.Image("https://example.com/lead.jpg", "A lead", 1200, 800)
    assert doc.image == ("https://example.com/lead.jpg", "A lead", 1200, 800)
    doc.image = "https://example.com/b.jpg"
    assert doc.image == article.Image("https://example.com/b.jpg")
    doc.image = None
    assert doc.image is None


def test_bad_argument_types() -> None:
    doc = article.Document()
    with pytest.raises(TypeError):
        article.from_json(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        article.from_json(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        article.from_html(["<p>"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        article.from_html(b"<p>x</p>", url=b"https://x/")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        article.from_html("<p>x</p>", charset="latin-1")
    with pytest.raises(TypeError):
        article.from_html(b"<p>x</p>", max_depth="10")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        article.from_html(b"<p>x</p>", favor="speed")
    with pytest.raises(TypeError):
        article.from_dict('{"format": "article/1"}')  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        doc.title = 5  # type: ignore[assignment]
    with pytest.raises(TypeError):
        doc.tags = "abc"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        doc.tags = [1]  # type: ignore[list-item]
    with pytest.raises(TypeError):
        doc.authors = [42]  # type: ignore[list-item]
    with pytest.raises(TypeError):
        doc.image = 3  # type: ignore[assignment]
    with pytest.raises(TypeError):
        doc.to_html(stylesheet=1)  # type: ignore[arg-type]


def test_failed_list_assignment_changes_nothing() -> None:
    doc = article.Document()
    doc.tags = ["kept"]
    with pytest.raises(TypeError):
        doc.tags = ["a", None]  # type: ignore[list-item]
    assert doc.tags == ["kept"]


def test_nul_in_metadata_is_refused() -> None:
    doc = article.Document()
    with pytest.raises(ValueError):
        doc.title = "a\0b"
    assert doc.title == ""


def test_error_mapping() -> None:
    err = ffi.new("article_error *")
    err.status = lib.ARTICLE_ERR_SCHEMA
    err.line, err.column = 3, 14
    err.path = b"sections[2].blocks[0].type"
    err.message = b"unknown block type \"para\""
    with pytest.raises(article.ArticleError) as info:
        article._errors.raise_error(err)
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, article.SchemaArticleError)
    assert e.status == article.Status.SCHEMA
    assert (e.path, e.line, e.column) == ("sections[2].blocks[0].type", 3, 14)
    assert e.message == 'unknown block type "para"'
    assert str(e) == '3:14 sections[2].blocks[0].type: unknown block type "para"'
    err.status = lib.ARTICLE_ERR_NOMEM
    with pytest.raises(MemoryError):
        article._errors.raise_error(err)


def test_views_are_equal_by_node() -> None:
    doc = article.Document()
    root = lib.article_doc_root(doc._ptr)
    a, b = article.Node(doc, root), article.Node(doc, root)
    assert a == b and hash(a) == hash(b)
    assert a.document is doc
