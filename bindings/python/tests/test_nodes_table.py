"""The node classes come from one table (article/_nodes.py): each C node
type a view is made for has its class, named as in JSON, and a field reads
what the C getter says."""

from __future__ import annotations

import article
from article import _nodes
from article._article import lib
from article._util import py_str

# Parts whose views are lists of inlines (heading, caption, attribution)
# and the root (the Document itself) have no class of their own.
_NO_CLASS = {lib.ARTICLE_NODE_DOCUMENT, lib.ARTICLE_NODE_HEADING,
             lib.ARTICLE_NODE_ATTRIBUTION, lib.ARTICLE_NODE_CAPTION}


def test_every_node_type_has_its_class() -> None:
    for t in range(1, 64):  # every number a type may have (article.h)
        name = py_str(lib.article_node_type_string(t))
        if name == "none" or t in _NO_CLASS:
            continue
        cls = _nodes._CLASSES.get(t)
        assert cls is not None, name
        assert cls.type == ("code" if name == "code_block" else name)


def test_fields_read_the_model() -> None:
    doc = article.from_json(
        '{"format": "article/1", "title": "T", "sections": [{"level": 3, "heading": ["H"],'
        ' "blocks": [{"type": "figure", "image": {"src": "a.jpg", "width": 4},'
        ' "caption": ["C"], "credit": "K"}, {"type": "list", "ordered": true,'
        ' "items": [[{"type": "paragraph", "content": [{"type": "link", "href": "u",'
        ' "content": ["x"]}]}]]}]}], "comments": [{"author": {"name": "Kim", "url": "k"},'
        ' "content": [], "replies": [{"content": []}]}]}')
    section = doc.sections[0]
    assert (section.level, section.heading_text) == (3, "H")
    figure, lst = section.blocks
    assert figure.image == article.Image("a.jpg", None, 4, None)
    assert (figure.caption_text, figure.credit) == ("C", "K")
    assert lst.ordered is True
    link = lst.items[0][0].content[0]
    assert (link.href, link.title, link.text) == ("u", None, "x")
    comment = doc.comments[0]
    assert comment.author == article.Person("Kim", "k")
    assert len(comment.replies) == 1 and comment.replies[0].author is None
