"""Read-only views of the C node tree.

A view holds its node's pointer and a reference to the ``Document`` that
owns the node, so the document's memory stays alive as long as any view of
it does (the arena is only freed when the last reference goes away).
Attribute values are copied into Python objects on each access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Iterator, NamedTuple

from ._article import ffi, lib
from ._util import py_str

if TYPE_CHECKING:
    from ._document import Document


class Person(NamedTuple):
    """An author, breadcrumb or comment author: a name and an optional URL."""

    name: str
    url: str | None = None


class Image(NamedTuple):
    """An image: ``src`` and, when known, ``alt``, ``width`` and ``height``."""

    src: str
    alt: str | None = None
    width: int | None = None
    height: int | None = None


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# Types whose content starts on a new line in `.text`.
_LINE_TYPES = frozenset({
    lib.ARTICLE_NODE_HEADING, lib.ARTICLE_NODE_ATTRIBUTION, lib.ARTICLE_NODE_CAPTION,
    lib.ARTICLE_NODE_ITEM, lib.ARTICLE_NODE_CELL, lib.ARTICLE_NODE_PARAGRAPH,
    lib.ARTICLE_NODE_CODE_BLOCK, lib.ARTICLE_NODE_COMMENT, lib.ARTICLE_NODE_SECTION,
})


def _subtree_text(ptr: Any) -> str:
    """The text under a node: literals in order, a newline for a break and
    between blocks. Walked with the C iterator, so depth costs no recursion."""
    it = lib.article_iter_new(ptr)
    if it == ffi.NULL:
        raise MemoryError("article_iter_new")
    parts: list[str] = []
    try:
        while True:
            ev = lib.article_iter_next(it)
            if ev == lib.ARTICLE_EVENT_DONE:
                break
            if ev != lib.ARTICLE_EVENT_ENTER:
                continue
            node = lib.article_iter_get_node(it)
            t = lib.article_node_get_type(node)
            if t in _LINE_TYPES and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            if t in (lib.ARTICLE_NODE_TEXT, lib.ARTICLE_NODE_CODE, lib.ARTICLE_NODE_CODE_BLOCK):
                parts.append(py_str(lib.article_node_get_string(node, lib.ARTICLE_ATTR_LITERAL))
                             or "")
            elif t == lib.ARTICLE_NODE_BREAK:
                parts.append("\n")
    finally:
        lib.article_iter_free(it)
    return "".join(parts).strip("\n")


class Node:
    """A node of a document. Two views are equal when they show the same node."""

    __slots__ = ("_doc", "_ptr")
    #: The node's type as named in JSON ``article/1`` ("paragraph", "link"...).
    type: ClassVar[str] = "node"

    def __init__(self, doc: Document, ptr: Any) -> None:
        self._doc = doc
        self._ptr = ptr

    @property
    def document(self) -> Document:
        """The document that owns this node."""
        return self._doc

    @property
    def text(self) -> str:
        """The plain text under this node (one line per block)."""
        return _subtree_text(self._ptr)

    def _children(self) -> Iterator[Any]:
        child = lib.article_node_first_child(self._ptr)
        while child != ffi.NULL:
            yield child
            child = lib.article_node_next(child)

    def _wrap_children(self, *skip: int) -> list[Any]:
        return [wrap(self._doc, c) for c in self._children()
                if lib.article_node_get_type(c) not in skip]

    def _child(self, node_type: int) -> Any:
        for c in self._children():
            if lib.article_node_get_type(c) == node_type:
                return c
        return None

    def _inlines_of(self, node_type: int) -> list[Inline]:
        c = self._child(node_type)
        return [] if c is None else [wrap(self._doc, g) for g in Node(self._doc, c)._children()]

    def _text_of(self, node_type: int) -> str:
        c = self._child(node_type)
        return "" if c is None else _subtree_text(c)

    def _str(self, attr: int) -> str | None:
        return py_str(lib.article_node_get_string(self._ptr, attr))

    def _int(self, attr: int) -> int:
        return int(lib.article_node_get_int(self._ptr, attr))

    def _image(self) -> Image | None:
        src = self._str(lib.ARTICLE_ATTR_SRC)
        if src is None:
            return None
        return Image(src, self._str(lib.ARTICLE_ATTR_ALT),
                     self._int(lib.ARTICLE_ATTR_WIDTH) or None,
                     self._int(lib.ARTICLE_ATTR_HEIGHT) or None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Node):
            return NotImplemented
        return bool(self._ptr == other._ptr)

    def __hash__(self) -> int:
        return hash(int(ffi.cast("uintptr_t", self._ptr)))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {_shorten(self.text)!r}>"


# MARK: - Inlines


class Inline(Node):
    """An inline: text, a marked span, a code span or a break."""

    __slots__ = ()


class Text(Inline):
    """A run of text; ``.text`` is the string."""

    __slots__ = ()
    type = "text"

    @property
    def text(self) -> str:
        return self._str(lib.ARTICLE_ATTR_LITERAL) or ""


class Span(Inline):
    """A marked span holding inlines in ``.content``."""

    __slots__ = ()

    @property
    def content(self) -> list[Inline]:
        return self._wrap_children()


class Link(Span):
    """A hyperlink: ``href``, an optional ``title`` and ``content``."""

    __slots__ = ()
    type = "link"

    @property
    def href(self) -> str:
        return self._str(lib.ARTICLE_ATTR_HREF) or ""

    @property
    def title(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_TITLE)

    def __repr__(self) -> str:
        return f"<Link {self.href!r} {_shorten(self.text)!r}>"


class Em(Span):
    __slots__ = ()
    type = "em"


class Strong(Span):
    __slots__ = ()
    type = "strong"


class Sub(Span):
    __slots__ = ()
    type = "sub"


class Sup(Span):
    __slots__ = ()
    type = "sup"


class Del(Span):
    __slots__ = ()
    type = "del"


class Code(Inline):
    """A code span; ``.text`` is the code, verbatim."""

    __slots__ = ()
    type = "code"

    @property
    def text(self) -> str:
        return self._str(lib.ARTICLE_ATTR_LITERAL) or ""


class Break(Inline):
    """A line break."""

    __slots__ = ()
    type = "break"

    @property
    def text(self) -> str:
        return "\n"

    def __repr__(self) -> str:
        return "<Break>"


# MARK: - Blocks


class Block(Node):
    """A block of a section, quote, list item or comment."""

    __slots__ = ()


class Paragraph(Block):
    """A paragraph of inlines."""

    __slots__ = ()
    type = "paragraph"

    @property
    def content(self) -> list[Inline]:
        return self._wrap_children()


class Quote(Block):
    """A quotation: ``blocks``, an optional ``attribution`` and ``cite`` URL."""

    __slots__ = ()
    type = "quote"

    @property
    def blocks(self) -> list[Block]:
        return self._wrap_children(lib.ARTICLE_NODE_ATTRIBUTION)

    #: The JSON name of ``blocks``.
    content = blocks

    @property
    def attribution(self) -> list[Inline]:
        return self._inlines_of(lib.ARTICLE_NODE_ATTRIBUTION)

    @property
    def attribution_text(self) -> str:
        return self._text_of(lib.ARTICLE_NODE_ATTRIBUTION)

    @property
    def cite(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_CITE)


class Figure(Block):
    """An image with an optional ``caption`` and ``credit``."""

    __slots__ = ()
    type = "figure"

    @property
    def image(self) -> Image:
        return self._image() or Image("")

    @property
    def caption(self) -> list[Inline]:
        return self._inlines_of(lib.ARTICLE_NODE_CAPTION)

    @property
    def caption_text(self) -> str:
        return self._text_of(lib.ARTICLE_NODE_CAPTION)

    @property
    def credit(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_CREDIT)

    def __repr__(self) -> str:
        return f"<Figure {self.image.src!r} {_shorten(self.caption_text)!r}>"


class Item(Node):
    """An item of a list: a sequence of blocks."""

    __slots__ = ()
    type = "item"

    @property
    def blocks(self) -> list[Block]:
        return self._wrap_children()

    def __len__(self) -> int:
        return sum(1 for _ in self._children())

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __getitem__(self, i: int) -> Block:
        return self.blocks[i]


class List(Block):
    """A list: ``ordered`` and its ``items``."""

    __slots__ = ()
    type = "list"

    @property
    def ordered(self) -> bool:
        return bool(self._int(lib.ARTICLE_ATTR_ORDERED))

    @property
    def items(self) -> list[Item]:
        return self._wrap_children()

    def __repr__(self) -> str:
        return f"<List ordered={self.ordered} items={len(self.items)}>"


class Cell(Node):
    """A table cell: inline ``content``, ``header``, ``colspan``, ``rowspan``."""

    __slots__ = ()
    type = "cell"

    @property
    def content(self) -> list[Inline]:
        return self._wrap_children()

    @property
    def header(self) -> bool:
        return bool(self._int(lib.ARTICLE_ATTR_HEADER))

    @property
    def colspan(self) -> int:
        return self._int(lib.ARTICLE_ATTR_COLSPAN)

    @property
    def rowspan(self) -> int:
        return self._int(lib.ARTICLE_ATTR_ROWSPAN)


class Row(Node):
    """A table row of ``cells``."""

    __slots__ = ()
    type = "row"

    @property
    def cells(self) -> list[Cell]:
        return self._wrap_children()

    def __len__(self) -> int:
        return sum(1 for _ in self._children())

    def __iter__(self) -> Iterator[Cell]:
        return iter(self.cells)

    def __getitem__(self, i: int) -> Cell:
        return self.cells[i]


class Table(Block):
    """A table: an optional ``caption`` and ``rows`` of cells."""

    __slots__ = ()
    type = "table"

    @property
    def rows(self) -> list[Row]:
        return self._wrap_children(lib.ARTICLE_NODE_CAPTION)

    @property
    def caption(self) -> list[Inline]:
        return self._inlines_of(lib.ARTICLE_NODE_CAPTION)

    @property
    def caption_text(self) -> str:
        return self._text_of(lib.ARTICLE_NODE_CAPTION)

    def __repr__(self) -> str:
        rows = self.rows
        return f"<Table rows={len(rows)} {_shorten(self.caption_text)!r}>"


class CodeBlock(Block):
    """A code block: ``text`` verbatim and an optional ``language``."""

    __slots__ = ()
    type = "code"

    @property
    def text(self) -> str:
        return self._str(lib.ARTICLE_ATTR_LITERAL) or ""

    @property
    def language(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_LANGUAGE)


class Embed(Block):
    """Embedded media: ``url``, optional ``provider`` and ``title``."""

    __slots__ = ()
    type = "embed"

    @property
    def url(self) -> str:
        return self._str(lib.ARTICLE_ATTR_URL) or ""

    @property
    def provider(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_PROVIDER)

    @property
    def title(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_TITLE)

    def __repr__(self) -> str:
        return f"<Embed {self.url!r} provider={self.provider!r}>"


class Rule(Block):
    """A thematic break."""

    __slots__ = ()
    type = "rule"

    def __repr__(self) -> str:
        return "<Rule>"


# MARK: - Sections, related links, comments


class Section(Node):
    """A section: an optional ``heading`` with its ``level``, and ``blocks``."""

    __slots__ = ()
    type = "section"

    @property
    def heading(self) -> list[Inline]:
        """The heading's inlines; empty when the section has no heading."""
        return self._inlines_of(lib.ARTICLE_NODE_HEADING)

    @property
    def heading_text(self) -> str:
        return self._text_of(lib.ARTICLE_NODE_HEADING)

    @property
    def level(self) -> int | None:
        """The heading level 1..6, or None."""
        return self._int(lib.ARTICLE_ATTR_LEVEL) or None

    @property
    def blocks(self) -> list[Block]:
        return self._wrap_children(lib.ARTICLE_NODE_HEADING)

    def __repr__(self) -> str:
        return (f"<Section {_shorten(self.heading_text)!r} level={self.level} "
                f"blocks={len(self.blocks)}>")


class Related(Node):
    """A related link: ``title``, ``url``, optional ``summary`` and ``image``."""

    __slots__ = ()
    type = "related"

    @property
    def title(self) -> str:
        return self._str(lib.ARTICLE_ATTR_TITLE) or ""

    @property
    def url(self) -> str:
        return self._str(lib.ARTICLE_ATTR_URL) or ""

    @property
    def summary(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_SUMMARY)

    @property
    def image(self) -> Image | None:
        return self._image()

    def __repr__(self) -> str:
        return f"<Related {_shorten(self.title)!r} {self.url!r}>"


class Comment(Node):
    """A comment: ``id``, ``author``, ``published``, ``blocks``, ``replies``."""

    __slots__ = ()
    type = "comment"

    @property
    def id(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_ID)

    @property
    def author(self) -> Person | None:
        name = self._str(lib.ARTICLE_ATTR_AUTHOR)
        if name is None:
            return None
        return Person(name, self._str(lib.ARTICLE_ATTR_AUTHOR_URL))

    @property
    def published(self) -> str | None:
        return self._str(lib.ARTICLE_ATTR_PUBLISHED)

    @property
    def blocks(self) -> list[Block]:
        return self._wrap_children(lib.ARTICLE_NODE_COMMENT)

    #: The JSON name of ``blocks``.
    content = blocks

    @property
    def replies(self) -> list[Comment]:
        return [Comment(self._doc, c) for c in self._children()
                if lib.article_node_get_type(c) == lib.ARTICLE_NODE_COMMENT]

    def __repr__(self) -> str:
        author = self.author
        return (f"<Comment id={self.id!r} author={author.name if author else None!r} "
                f"replies={len(self.replies)}>")


_CLASSES: dict[int, type[Node]] = {
    lib.ARTICLE_NODE_SECTION: Section,
    lib.ARTICLE_NODE_RELATED: Related,
    lib.ARTICLE_NODE_COMMENT: Comment,
    lib.ARTICLE_NODE_ITEM: Item,
    lib.ARTICLE_NODE_ROW: Row,
    lib.ARTICLE_NODE_CELL: Cell,
    lib.ARTICLE_NODE_PARAGRAPH: Paragraph,
    lib.ARTICLE_NODE_QUOTE: Quote,
    lib.ARTICLE_NODE_FIGURE: Figure,
    lib.ARTICLE_NODE_LIST: List,
    lib.ARTICLE_NODE_TABLE: Table,
    lib.ARTICLE_NODE_CODE_BLOCK: CodeBlock,
    lib.ARTICLE_NODE_EMBED: Embed,
    lib.ARTICLE_NODE_RULE: Rule,
    lib.ARTICLE_NODE_TEXT: Text,
    lib.ARTICLE_NODE_LINK: Link,
    lib.ARTICLE_NODE_EM: Em,
    lib.ARTICLE_NODE_STRONG: Strong,
    lib.ARTICLE_NODE_CODE: Code,
    lib.ARTICLE_NODE_SUB: Sub,
    lib.ARTICLE_NODE_SUP: Sup,
    lib.ARTICLE_NODE_DEL: Del,
    lib.ARTICLE_NODE_BREAK: Break,
}


def wrap(doc: Document, ptr: Any) -> Any:
    """The view class of a node, by its type."""
    return _CLASSES.get(lib.article_node_get_type(ptr), Node)(doc, ptr)
