"""Read-only views of the C node tree.

A view holds its node's pointer and a reference to the ``Document`` that
owns the node, so the document's memory stays alive as long as any view of
it does (the arena is only freed when the last reference goes away).
Attribute values are copied into Python objects on each access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterator, NamedTuple

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


_CLASSES: dict[int, type[Node]] = {}


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

    def __init_subclass__(cls, node_type: int | None = None, **kw: Any) -> None:
        # A class made for a C node type is the view wrap() gives its nodes.
        super().__init_subclass__(**kw)
        if node_type is not None:
            name = py_str(lib.article_node_type_string(node_type)) or "node"
            cls.type = "code" if node_type == lib.ARTICLE_NODE_CODE_BLOCK else name
            _CLASSES[node_type] = cls

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

    def _person(self, attr: int) -> Person | None:
        name = self._str(attr)
        if name is None:
            return None
        return Person(name, self._str(lib.ARTICLE_ATTR_AUTHOR_URL))

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


# MARK: - Fields

# How a field reads its value from the node, given its C attribute (or, for
# the kinds about children, a child node type).
_READERS: dict[str, Callable[[Node, int], Any]] = {
    "str": lambda n, a: n._str(a),                   # optional string: None when absent
    "str!": lambda n, a: n._str(a) or "",            # string, "" when absent
    "int": lambda n, a: n._int(a),
    "int?": lambda n, a: n._int(a) or None,          # 0 (unknown) is None
    "bool": lambda n, a: bool(n._int(a)),
    "image?": lambda n, a: n._image(),               # Image or None
    "image": lambda n, a: n._image() or Image(""),
    "person?": lambda n, a: n._person(a),            # name attribute a, its URL next to it
    "inlines": lambda n, a: n._inlines_of(a),        # the inlines of the child of type a
    "text": lambda n, a: n._text_of(a),              # the text of the child of type a
    "children": lambda n, a: n._wrap_children(),     # every child
    "children-but": lambda n, a: n._wrap_children(a),  # every child but those of type a
    "children-of": lambda n, a: [wrap(n._doc, c) for c in n._children()  # only type a
                                 if lib.article_node_get_type(c) == a],
}


def _field(kind: str, arg: int = 0, doc: str | None = None) -> Any:
    """A read-only property that reads the node as `kind` says, with `arg`."""
    read = _READERS[kind]
    return property(lambda self: read(self, arg), doc=doc)


# MARK: - Inlines


class Inline(Node):
    """An inline: text, a marked span, a code span or a break."""

    __slots__ = ()


class Text(Inline, node_type=lib.ARTICLE_NODE_TEXT):
    """A run of text; ``.text`` is the string."""

    __slots__ = ()
    text: str = _field("str!", lib.ARTICLE_ATTR_LITERAL)


class Span(Inline):
    """A marked span holding inlines in ``.content``."""

    __slots__ = ()
    content: list[Inline] = _field("children")


class Link(Span, node_type=lib.ARTICLE_NODE_LINK):
    """A hyperlink: ``href``, an optional ``title`` and ``content``."""

    __slots__ = ()
    href: str = _field("str!", lib.ARTICLE_ATTR_HREF)
    title: str | None = _field("str", lib.ARTICLE_ATTR_TITLE)

    def __repr__(self) -> str:
        return f"<Link {self.href!r} {_shorten(self.text)!r}>"


class Em(Span, node_type=lib.ARTICLE_NODE_EM):
    __slots__ = ()


class Strong(Span, node_type=lib.ARTICLE_NODE_STRONG):
    __slots__ = ()


class Sub(Span, node_type=lib.ARTICLE_NODE_SUB):
    __slots__ = ()


class Sup(Span, node_type=lib.ARTICLE_NODE_SUP):
    __slots__ = ()


class Del(Span, node_type=lib.ARTICLE_NODE_DEL):
    __slots__ = ()


class Code(Inline, node_type=lib.ARTICLE_NODE_CODE):
    """A code span; ``.text`` is the code, verbatim."""

    __slots__ = ()
    text: str = _field("str!", lib.ARTICLE_ATTR_LITERAL)


class Break(Inline, node_type=lib.ARTICLE_NODE_BREAK):
    """A line break."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return "\n"

    def __repr__(self) -> str:
        return "<Break>"


# MARK: - Blocks


class Block(Node):
    """A block of a section, quote, list item or comment."""

    __slots__ = ()


class Paragraph(Block, node_type=lib.ARTICLE_NODE_PARAGRAPH):
    """A paragraph of inlines."""

    __slots__ = ()
    content: list[Inline] = _field("children")


class Quote(Block, node_type=lib.ARTICLE_NODE_QUOTE):
    """A quotation: ``blocks``, an optional ``attribution`` and ``cite`` URL."""

    __slots__ = ()
    blocks: list[Block] = _field("children-but", lib.ARTICLE_NODE_ATTRIBUTION)
    #: The JSON name of ``blocks``.
    content = blocks
    attribution: list[Inline] = _field("inlines", lib.ARTICLE_NODE_ATTRIBUTION)
    attribution_text: str = _field("text", lib.ARTICLE_NODE_ATTRIBUTION)
    cite: str | None = _field("str", lib.ARTICLE_ATTR_CITE)


class Figure(Block, node_type=lib.ARTICLE_NODE_FIGURE):
    """An image with an optional ``caption`` and ``credit``."""

    __slots__ = ()
    image: Image = _field("image")
    caption: list[Inline] = _field("inlines", lib.ARTICLE_NODE_CAPTION)
    caption_text: str = _field("text", lib.ARTICLE_NODE_CAPTION)
    credit: str | None = _field("str", lib.ARTICLE_ATTR_CREDIT)

    def __repr__(self) -> str:
        return f"<Figure {self.image.src!r} {_shorten(self.caption_text)!r}>"


class _Sequence(Node):
    """A node that is a sequence of its children (an item, a row)."""

    __slots__ = ()

    def __len__(self) -> int:
        return sum(1 for _ in self._children())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._wrap_children())

    def __getitem__(self, i: int) -> Any:
        return self._wrap_children()[i]


class Item(_Sequence, node_type=lib.ARTICLE_NODE_ITEM):
    """An item of a list: a sequence of blocks."""

    __slots__ = ()
    blocks: list[Block] = _field("children")


class List(Block, node_type=lib.ARTICLE_NODE_LIST):
    """A list: ``ordered`` and its ``items``."""

    __slots__ = ()
    ordered: bool = _field("bool", lib.ARTICLE_ATTR_ORDERED)
    items: list[Item] = _field("children")

    def __repr__(self) -> str:
        return f"<List ordered={self.ordered} items={len(self.items)}>"


class Cell(Node, node_type=lib.ARTICLE_NODE_CELL):
    """A table cell: inline ``content``, ``header``, ``colspan``, ``rowspan``."""

    __slots__ = ()
    content: list[Inline] = _field("children")
    header: bool = _field("bool", lib.ARTICLE_ATTR_HEADER)
    colspan: int = _field("int", lib.ARTICLE_ATTR_COLSPAN)
    rowspan: int = _field("int", lib.ARTICLE_ATTR_ROWSPAN)


class Row(_Sequence, node_type=lib.ARTICLE_NODE_ROW):
    """A table row of ``cells``."""

    __slots__ = ()
    cells: list[Cell] = _field("children")


class Table(Block, node_type=lib.ARTICLE_NODE_TABLE):
    """A table: an optional ``caption`` and ``rows`` of cells."""

    __slots__ = ()
    rows: list[Row] = _field("children-but", lib.ARTICLE_NODE_CAPTION)
    caption: list[Inline] = _field("inlines", lib.ARTICLE_NODE_CAPTION)
    caption_text: str = _field("text", lib.ARTICLE_NODE_CAPTION)

    def __repr__(self) -> str:
        rows = self.rows
        return f"<Table rows={len(rows)} {_shorten(self.caption_text)!r}>"


class CodeBlock(Block, node_type=lib.ARTICLE_NODE_CODE_BLOCK):
    """A code block: ``text`` verbatim and an optional ``language``."""

    __slots__ = ()
    text: str = _field("str!", lib.ARTICLE_ATTR_LITERAL)
    language: str | None = _field("str", lib.ARTICLE_ATTR_LANGUAGE)


class Embed(Block, node_type=lib.ARTICLE_NODE_EMBED):
    """Embedded media: ``url``, optional ``provider`` and ``title``."""

    __slots__ = ()
    url: str = _field("str!", lib.ARTICLE_ATTR_URL)
    provider: str | None = _field("str", lib.ARTICLE_ATTR_PROVIDER)
    title: str | None = _field("str", lib.ARTICLE_ATTR_TITLE)

    def __repr__(self) -> str:
        return f"<Embed {self.url!r} provider={self.provider!r}>"


class Rule(Block, node_type=lib.ARTICLE_NODE_RULE):
    """A thematic break."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<Rule>"


# MARK: - Sections, related links, comments


class Section(Node, node_type=lib.ARTICLE_NODE_SECTION):
    """A section: an optional ``heading`` with its ``level``, and ``blocks``."""

    __slots__ = ()
    heading: list[Inline] = _field(
        "inlines", lib.ARTICLE_NODE_HEADING,
        "The heading's inlines; empty when the section has no heading.")
    heading_text: str = _field("text", lib.ARTICLE_NODE_HEADING)
    level: int | None = _field("int?", lib.ARTICLE_ATTR_LEVEL, "The heading level 1..6, or None.")
    blocks: list[Block] = _field("children-but", lib.ARTICLE_NODE_HEADING)

    def __repr__(self) -> str:
        return (f"<Section {_shorten(self.heading_text)!r} level={self.level} "
                f"blocks={len(self.blocks)}>")


class Related(Node, node_type=lib.ARTICLE_NODE_RELATED):
    """A related link: ``title``, ``url``, optional ``summary`` and ``image``."""

    __slots__ = ()
    title: str = _field("str!", lib.ARTICLE_ATTR_TITLE)
    url: str = _field("str!", lib.ARTICLE_ATTR_URL)
    summary: str | None = _field("str", lib.ARTICLE_ATTR_SUMMARY)
    image: Image | None = _field("image?")

    def __repr__(self) -> str:
        return f"<Related {_shorten(self.title)!r} {self.url!r}>"


class Comment(Node, node_type=lib.ARTICLE_NODE_COMMENT):
    """A comment: ``id``, ``author``, ``published``, ``blocks``, ``replies``."""

    __slots__ = ()
    id: str | None = _field("str", lib.ARTICLE_ATTR_ID)
    author: Person | None = _field("person?", lib.ARTICLE_ATTR_AUTHOR)
    published: str | None = _field("str", lib.ARTICLE_ATTR_PUBLISHED)
    blocks: list[Block] = _field("children-but", lib.ARTICLE_NODE_COMMENT)
    #: The JSON name of ``blocks``.
    content = blocks
    replies: list[Comment] = _field("children-of", lib.ARTICLE_NODE_COMMENT)

    def __repr__(self) -> str:
        author = self.author
        return (f"<Comment id={self.id!r} author={author.name if author else None!r} "
                f"replies={len(self.replies)}>")


def wrap(doc: Document, ptr: Any) -> Any:
    """The view class of a node, by its type."""
    return _CLASSES.get(lib.article_node_get_type(ptr), Node)(doc, ptr)
