"""``Document``: one article, owning its C ``article_doc``."""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable, Union

from ._article import ffi, lib
from ._errors import check, raise_error
from ._nodes import Comment, Image, Person, Related, Section, _shorten
from ._util import c_buf, c_str, py_str

PersonLike = Union[Person, "tuple[str, str | None]", str]


class _Field:
    """A metadata string of the document, read and set through C."""

    def __init__(self, field: int, doc: str) -> None:
        self._field = field
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, obj: Document | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return py_str(lib.article_doc_get(obj._ptr, self._field))

    def __set__(self, obj: Document, value: str | None) -> None:
        check(lib.article_doc_set(obj._ptr, self._field, c_str(value, self._name)), self._name)


def _people(values: Iterable[PersonLike], what: str) -> list[tuple[Any, Any]]:
    """C arguments for a list of people, all checked before anything changes."""
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{what} must be a list, not {type(values).__name__}")
    out = []
    for v in values:
        if isinstance(v, str):
            name, url = v, None
        elif isinstance(v, tuple) and len(v) == 2:
            name, url = v
        else:
            raise TypeError(f"{what} items must be Person, (name, url) or str, "
                            f"not {type(v).__name__}")
        if name is None:
            raise TypeError(f"{what} items need a name")
        out.append((c_str(name, f"{what} name"), c_str(url, f"{what} url")))
    return out


class Document:
    """An article: metadata, sections, related links and comments.

    Make one with :func:`article.from_html`, :func:`article.from_json`,
    :func:`article.from_dict`, or ``Document()`` for an empty article.
    Node views (sections, blocks, inlines...) keep the document alive.
    A document may be read by several threads at once, but changed by only
    one thread with no reader running meanwhile.
    """

    __slots__ = ("_ptr", "__weakref__")

    def __init__(self) -> None:
        ptr = lib.article_doc_new(ffi.NULL)
        if ptr == ffi.NULL:
            raise MemoryError("article_doc_new")
        self._ptr = ffi.gc(ptr, lib.article_doc_free)

    @classmethod
    def _adopt(cls, ptr: Any, size: int = 0) -> Document:
        """Takes ownership of a new ``article_doc *`` from a reader."""
        self = cls.__new__(cls)
        # The size hint tells cffi how much memory the object stands for.
        self._ptr = ffi.gc(ptr, lib.article_doc_free, size)
        return self

    # MARK: metadata

    url = _Field(lib.ARTICLE_FIELD_URL, "The article's URL, or None.")
    title = _Field(lib.ARTICLE_FIELD_TITLE, 'The headline ("" when unknown).')
    subtitle = _Field(lib.ARTICLE_FIELD_SUBTITLE, "The subheadline, or None.")
    summary = _Field(lib.ARTICLE_FIELD_SUMMARY, "The standfirst or description, or None.")
    published = _Field(lib.ARTICLE_FIELD_PUBLISHED, "ISO 8601 date of publication, or None.")
    modified = _Field(lib.ARTICLE_FIELD_MODIFIED, "ISO 8601 date of the last change, or None.")
    language = _Field(lib.ARTICLE_FIELD_LANGUAGE, 'BCP 47 language tag ("en"), or None.')
    site_name = _Field(lib.ARTICLE_FIELD_SITE_NAME, "The publication's name, or None.")

    def _pairs(self, count: Callable[..., int], name: Callable[..., Any],
               url: Callable[..., Any]) -> list[Person]:
        n = count(self._ptr)
        return [Person(py_str(name(self._ptr, i)) or "", py_str(url(self._ptr, i)))
                for i in range(n)]

    @property
    def authors(self) -> list[Person]:
        """The authors, as ``Person(name, url)``. Assign a list to replace them."""
        return self._pairs(lib.article_doc_author_count, lib.article_doc_author_name,
                           lib.article_doc_author_url)

    @authors.setter
    def authors(self, values: Iterable[PersonLike]) -> None:
        args = _people(values, "authors")
        lib.article_doc_clear_authors(self._ptr)
        for name, url in args:
            check(lib.article_doc_add_author(self._ptr, name, url), "authors")

    @property
    def breadcrumbs(self) -> list[Person]:
        """The breadcrumbs from the site's root, as ``Person(name, url)``."""
        return self._pairs(lib.article_doc_breadcrumb_count, lib.article_doc_breadcrumb_name,
                           lib.article_doc_breadcrumb_url)

    @breadcrumbs.setter
    def breadcrumbs(self, values: Iterable[PersonLike]) -> None:
        args = _people(values, "breadcrumbs")
        lib.article_doc_clear_breadcrumbs(self._ptr)
        for name, url in args:
            check(lib.article_doc_add_breadcrumb(self._ptr, name, url), "breadcrumbs")

    @property
    def tags(self) -> list[str]:
        """The tags (keywords). Assign a list of strings to replace them."""
        n = lib.article_doc_tag_count(self._ptr)
        return [py_str(lib.article_doc_tag(self._ptr, i)) or "" for i in range(n)]

    @tags.setter
    def tags(self, values: Iterable[str]) -> None:
        if isinstance(values, (str, bytes)):
            raise TypeError(f"tags must be a list, not {type(values).__name__}")
        args = [c_str(v, "tag") for v in values]
        if any(a == ffi.NULL for a in args):
            raise TypeError("tags must be strings")
        lib.article_doc_clear_tags(self._ptr)
        for a in args:
            check(lib.article_doc_add_tag(self._ptr, a), "tags")

    @property
    def image(self) -> Image | None:
        """The lead image, or None. Assign an ``Image``, a src string or None."""
        src = py_str(lib.article_doc_image_src(self._ptr))
        if src is None:
            return None
        return Image(src, py_str(lib.article_doc_image_alt(self._ptr)),
                     lib.article_doc_image_width(self._ptr) or None,
                     lib.article_doc_image_height(self._ptr) or None)

    @image.setter
    def image(self, value: Image | str | None) -> None:
        if value is None:
            check(lib.article_doc_set_image(self._ptr, ffi.NULL, ffi.NULL, 0, 0), "image")
            return
        if isinstance(value, str):
            value = Image(value)
        if not isinstance(value, tuple):
            raise TypeError(f"image must be Image, str or None, not {type(value).__name__}")
        img = Image(*value)
        for n in (img.width, img.height):
            if n is not None and (isinstance(n, bool) or not isinstance(n, int)):
                raise TypeError("image width and height must be int or None")
        src, alt = c_str(img.src, "image src"), c_str(img.alt, "image alt")
        check(lib.article_doc_set_image(self._ptr, src, alt, img.width or 0, img.height or 0),
              "image")

    # MARK: what was read

    @property
    def page_type(self) -> str | None:
        """The kind of page the article was read from: "article", "forum",
        "product", "documentation", "service", "listing" or "other"; None
        when unknown (not read from HTML). Assign one of these or None."""
        return py_str(lib.article_page_type_string(lib.article_doc_page_type(self._ptr)))

    @page_type.setter
    def page_type(self, value: str | None) -> None:
        if value is None:
            check(lib.article_doc_set_page_type(self._ptr, lib.ARTICLE_PAGE_NONE), "page_type")
            return
        if not isinstance(value, str):
            raise TypeError(f"page_type must be str or None, not {type(value).__name__}")
        t = lib.article_page_type_parse(value.encode("utf-8"))
        if t == lib.ARTICLE_PAGE_NONE:
            raise ValueError(f"unknown page_type {value!r}")
        check(lib.article_doc_set_page_type(self._ptr, t), "page_type")

    @property
    def confidence(self) -> float | None:
        """How likely the body is the page's main content, from 0 to 1 in
        steps of 0.01; None when unknown. Assign a number or None."""
        c = lib.article_doc_confidence(self._ptr)
        return None if c < 0 else float(c)

    @confidence.setter
    def confidence(self, value: float | None) -> None:
        if value is None:
            check(lib.article_doc_set_confidence(self._ptr, -1.0), "confidence")
            return
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"confidence must be a number or None, not {type(value).__name__}")
        if not 0 <= value <= 1:
            raise ValueError(f"confidence must be from 0 to 1, not {value!r}")
        check(lib.article_doc_set_confidence(self._ptr, float(value)), "confidence")

    # MARK: tree

    def _top(self, node_type: int, cls: type) -> list[Any]:
        out = []
        child = lib.article_node_first_child(lib.article_doc_root(self._ptr))
        while child != ffi.NULL:
            if lib.article_node_get_type(child) == node_type:
                out.append(cls(self, child))
            child = lib.article_node_next(child)
        return out

    @property
    def sections(self) -> list[Section]:
        """The body's sections, in order."""
        return self._top(lib.ARTICLE_NODE_SECTION, Section)

    @property
    def related(self) -> list[Related]:
        """Related links ("You may also like")."""
        return self._top(lib.ARTICLE_NODE_RELATED, Related)

    @property
    def comments(self) -> list[Comment]:
        """The top-level comments; replies hang under each."""
        return self._top(lib.ARTICLE_NODE_COMMENT, Comment)

    # MARK: writers

    def _write(self, writer: Callable[..., Any], flags: int = 0,
               stylesheet: str | None = None) -> str:
        opts = ffi.new("article_options *")
        opts.flags = flags
        sheet = c_buf(stylesheet, "stylesheet")  # kept alive until the call returns
        opts.stylesheet = sheet
        err = ffi.new("article_error *")
        size = ffi.new("size_t *")
        buf = writer(self._ptr, opts, size, err)
        if buf == ffi.NULL:
            raise_error(err)
        try:
            return ffi.unpack(buf, size[0]).decode("utf-8")  # type: ignore[no-any-return]
        finally:
            lib.article_free(buf)

    def to_json(self, pretty: bool = False) -> str:
        """JSON ``article/1``: one line, or indented by two spaces."""
        return self._write(lib.article_to_json, lib.ARTICLE_OPT_PRETTY if pretty else 0)

    def to_html(self, fragment: bool = False, style: bool = True,
                stylesheet: str | None = None, pretty: bool = False) -> str:
        """An HTML5 page, or with ``fragment=True`` only the ``<article>``.

        ``style=False`` leaves out the embedded stylesheet; ``stylesheet``
        links the given URL instead of embedding ours.
        """
        flags = ((lib.ARTICLE_OPT_FRAGMENT if fragment else 0)
                 | (0 if style else lib.ARTICLE_OPT_NO_STYLE)
                 | (lib.ARTICLE_OPT_PRETTY if pretty else 0))
        return self._write(lib.article_to_html, flags, stylesheet)

    def to_markdown(self) -> str:
        """CommonMark Markdown."""
        return self._write(lib.article_to_markdown)

    def to_text(self) -> str:
        """Plain text, a blank line between blocks."""
        return self._write(lib.article_to_text)

    def to_dict(self) -> dict[str, Any]:
        """The JSON ``article/1`` form as Python objects."""
        return json.loads(self.to_json())  # type: ignore[no-any-return]

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # Pickled as its canonical JSON (lossless), e.g. to travel to Dask workers.
        from . import from_json

        return (from_json, (self.to_json(),))

    def __repr__(self) -> str:
        return (f"<article.Document {_shorten(self.title or '')!r} "
                f"sections={len(self.sections)} related={len(self.related)} "
                f"comments={len(self.comments)}>")
