"""Views keep their document alive; nothing dangles after gc.collect()."""

from __future__ import annotations

import gc
import weakref

import pytest

import article

pytestmark = pytest.mark.usefixtures("json_reader")

DOC = {
    "format": "article/1", "title": "Lifetimes",
    "authors": [{"name": "Jane"}],
    "sections": [
        {"blocks": [{"type": "paragraph", "content": ["first ", {"type": "strong",
                                                                  "content": ["bold"]}]}]},
        {"heading": ["Two"], "level": 2, "blocks": [
            {"type": "quote", "content": [{"type": "paragraph", "content": ["said"]}],
             "attribution": ["Someone"]},
            {"type": "list", "ordered": True,
             "items": [[{"type": "paragraph", "content": ["one"]}]]}]},
    ],
}


def _views() -> tuple[object, ...]:
    doc = article.from_dict(DOC)
    sec = doc.sections[1]
    quote = sec.blocks[0]
    strong = doc.sections[0].blocks[0].content[1]
    item = sec.blocks[1].items[0]
    return sec, quote, strong, item, weakref.ref(doc)


def test_views_outlive_the_document_variable() -> None:
    sec, quote, strong, item, ref = _views()
    gc.collect()
    # The document is still alive, because the views hold it.
    assert ref() is not None
    # Churn the allocator so freed memory would be reused.
    junk = [article.from_dict(DOC) for _ in range(50)]
    del junk
    gc.collect()
    assert sec.heading_text == "Two" and sec.level == 2  # type: ignore[attr-defined]
    assert quote.attribution_text == "Someone"  # type: ignore[attr-defined]
    assert quote.blocks[0].text == "said"  # type: ignore[attr-defined]
    assert strong.text == "bold"  # type: ignore[attr-defined]
    assert item.blocks[0].text == "one"  # type: ignore[attr-defined]
    assert sec.document.authors[0].name == "Jane"  # type: ignore[attr-defined]


def test_document_is_freed_when_the_last_view_goes() -> None:
    sec, quote, strong, item, ref = _views()
    del sec, quote, strong, item
    gc.collect()
    assert ref() is None
