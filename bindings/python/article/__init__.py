"""libarticle for Python: news and blog articles as structured documents.

    >>> import article
    >>> doc = article.from_html(page_bytes, url="https://example.com/news/1")
    >>> doc.title, [a.name for a in doc.authors]
    >>> doc.sections[0].blocks[0].text
    >>> doc.to_json(pretty=True); doc.to_markdown()

The binding only converts between Python and C: reading, writing and
extraction all happen in the C library, with the GIL released.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from ._article import ffi, lib
from ._document import Document
from ._errors import (
    ArticleError,
    EncodingArticleError,
    LimitArticleError,
    SchemaArticleError,
    Status,
    SyntaxArticleError,
    raise_error,
)
from ._nodes import (
    Block,
    Break,
    Cell,
    Code,
    CodeBlock,
    Comment,
    Del,
    Em,
    Embed,
    Figure,
    Image,
    Inline,
    Item,
    Link,
    List,
    Node,
    Paragraph,
    Person,
    Quote,
    Related,
    Row,
    Rule,
    Section,
    Span,
    Strong,
    Sub,
    Sup,
    Table,
    Text,
)
from ._util import c_buf, input_bytes, size_limit

__version__: str = ffi.string(lib.article_version()).decode("ascii")

__all__ = [
    "ArticleError", "Block", "Break", "Cell", "Code", "CodeBlock", "Comment", "Del",
    "Document", "Em", "Embed", "EncodingArticleError", "Figure", "Image", "Inline", "Item",
    "LimitArticleError", "Link", "List", "Node", "Paragraph", "Person", "Quote", "Related",
    "Row", "Rule", "SchemaArticleError", "Section", "Span", "Status", "Strong", "Sub", "Sup",
    "SyntaxArticleError", "Table", "Text", "__version__", "from_dict", "from_html",
    "from_json",
]


def _options(max_input_size: int | None, max_depth: int | None,
             max_nodes: int | None, max_text: int | None = None,
             max_attributes: int | None = None, max_time: int | None = None,
             cpu_time: bool = False) -> Any:
    opts = ffi.new("article_options *")
    opts.max_input_size = size_limit(max_input_size, "max_input_size")
    opts.max_depth = size_limit(max_depth, "max_depth")
    opts.max_nodes = size_limit(max_nodes, "max_nodes")
    opts.max_text = size_limit(max_text, "max_text")
    opts.max_attributes = size_limit(max_attributes, "max_attributes")
    opts.max_time = size_limit(max_time, "max_time")
    opts.flags = lib.ARTICLE_OPT_CPU_TIME if cpu_time else 0
    return opts


def from_html(html: str | bytes, url: str | None = None, *, charset: str | None = None,
              comments: bool = True, related: bool = True, images: bool = True,
              tables: bool = True, favor: str | None = None,
              max_input_size: int | None = None, max_depth: int | None = None,
              max_nodes: int | None = None, max_text: int | None = None,
              max_attributes: int | None = None, max_time: int | None = None,
              cpu_time: bool = False) -> Document:
    """Reads an article from an HTML page.

    ``html`` is the page as ``bytes`` in any charset (detected from the page
    unless ``charset`` names it, as an HTTP header would) or as ``str``.
    ``url`` is the page's address, the base of relative links. ``comments``,
    ``related``, ``images`` and ``tables`` set to False leave those out;
    ``favor`` is None, ``"precision"`` or ``"recall"``. The ``max_*`` limits
    default to the library's. ``max_time`` is a time budget in milliseconds
    (wall clock, or the thread's CPU time when ``cpu_time``); a page over it
    raises :class:`LimitArticleError` naming ``max_time``. Raises
    :class:`ArticleError` on failure.
    """
    data, was_str = input_bytes(html, "html")
    if was_str:
        if charset is not None:
            raise TypeError("charset applies to bytes input only; a str is already decoded")
        # The str is encoded here as UTF-8, whatever its <meta charset> says.
        charset = "utf-8"
    opts = _options(max_input_size, max_depth, max_nodes, max_text, max_attributes,
                    max_time, cpu_time)
    url_buf, charset_buf = c_buf(url, "url"), c_buf(charset, "charset")
    opts.url, opts.charset = url_buf, charset_buf
    flags = opts.flags
    if not comments:
        flags |= lib.ARTICLE_OPT_NO_COMMENTS
    if not related:
        flags |= lib.ARTICLE_OPT_NO_RELATED
    if not images:
        flags |= lib.ARTICLE_OPT_NO_IMAGES
    if not tables:
        flags |= lib.ARTICLE_OPT_NO_TABLES
    if favor == "precision":
        flags |= lib.ARTICLE_OPT_PRECISION
    elif favor == "recall":
        flags |= lib.ARTICLE_OPT_RECALL
    elif favor is not None:
        raise ValueError(f"favor must be None, 'precision' or 'recall', not {favor!r}")
    opts.flags = flags
    err = ffi.new("article_error *")
    ptr = lib.article_from_html(data, len(data), opts, err)
    if ptr == ffi.NULL:
        raise_error(err)
    return Document._adopt(ptr, len(data))


def from_json(s: str | bytes, *, max_input_size: int | None = None,
              max_depth: int | None = None, max_nodes: int | None = None,
              max_text: int | None = None, max_time: int | None = None,
              cpu_time: bool = False) -> Document:
    """Reads JSON ``article/1`` strictly.

    Raises :class:`ArticleError` naming the JSON path, line and column of
    the first problem: a syntax error, an unknown key, a wrong type...
    """
    data, _ = input_bytes(s, "s")
    opts = _options(max_input_size, max_depth, max_nodes, max_text, None, max_time, cpu_time)
    err = ffi.new("article_error *")
    ptr = lib.article_from_json(data, len(data), opts, err)
    if ptr == ffi.NULL:
        raise_error(err)
    return Document._adopt(ptr, len(data))


def from_dict(d: Mapping[str, Any], **limits: Any) -> Document:
    """Builds a document from the dict form of ``article/1`` (as
    :meth:`Document.to_dict` gives), through the JSON reader."""
    if not isinstance(d, Mapping):
        raise TypeError(f"d must be a mapping, not {type(d).__name__}")
    return from_json(json.dumps(d, ensure_ascii=False), **limits)
