"""The article/1 dict rebuilt from the Python objects alone, to check that
the objects agree with the JSON writer field by field (DESIGN §2: optional
keys are left out when empty, adjacent text is merged)."""

from __future__ import annotations

from typing import Any

import article


def _opt(d: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", [], False):
        d[key] = value


def image(img: article.Image) -> dict[str, Any]:
    d: dict[str, Any] = {"src": img.src}
    _opt(d, "alt", img.alt)
    _opt(d, "width", img.width)
    _opt(d, "height", img.height)
    return d


def person(p: article.Person) -> dict[str, Any]:
    d: dict[str, Any] = {"name": p.name}
    _opt(d, "url", p.url)
    return d


def inlines(nodes: list[article.Inline]) -> list[Any]:
    out: list[Any] = []
    for n in nodes:
        if isinstance(n, article.Text):
            if out and isinstance(out[-1], str):
                out[-1] += n.text
            else:
                out.append(n.text)
            continue
        if isinstance(n, article.Code):
            out.append({"type": "code", "text": n.text})
        elif isinstance(n, article.Break):
            out.append({"type": "break"})
        elif isinstance(n, article.Link):
            d: dict[str, Any] = {"type": "link", "href": n.href}
            _opt(d, "title", n.title)
            d["content"] = inlines(n.content)
            out.append(d)
        else:
            assert isinstance(n, article.Span), n
            out.append({"type": n.type, "content": inlines(n.content)})
    return out


def blocks(nodes: list[article.Block]) -> list[dict[str, Any]]:
    return [block(b) for b in nodes]


def block(b: article.Block) -> dict[str, Any]:
    d: dict[str, Any] = {"type": b.type}
    if isinstance(b, article.Paragraph):
        d["content"] = inlines(b.content)
    elif isinstance(b, article.Quote):
        d["content"] = blocks(b.blocks)
        _opt(d, "attribution", inlines(b.attribution))
        _opt(d, "cite", b.cite)
    elif isinstance(b, article.Figure):
        d["image"] = image(b.image)
        _opt(d, "caption", inlines(b.caption))
        _opt(d, "credit", b.credit)
    elif isinstance(b, article.List):
        d["ordered"] = b.ordered
        d["items"] = [blocks(item.blocks) for item in b.items]
    elif isinstance(b, article.Table):
        _opt(d, "caption", inlines(b.caption))
        d["rows"] = [[cell(c) for c in row.cells] for row in b.rows]
    elif isinstance(b, article.CodeBlock):
        _opt(d, "language", b.language)
        d["text"] = b.text
    elif isinstance(b, article.Embed):
        d["url"] = b.url
        _opt(d, "provider", b.provider)
        _opt(d, "title", b.title)
    else:
        assert isinstance(b, article.Rule), b
    return d


def cell(c: article.Cell) -> dict[str, Any]:
    d: dict[str, Any] = {}
    _opt(d, "header", c.header)
    d["content"] = inlines(c.content)
    if c.colspan != 1:
        d["colspan"] = c.colspan
    if c.rowspan != 1:
        d["rowspan"] = c.rowspan
    return d


def comment(c: article.Comment) -> dict[str, Any]:
    d: dict[str, Any] = {}
    _opt(d, "id", c.id)
    if c.author is not None:
        d["author"] = person(c.author)
    _opt(d, "published", c.published)
    d["content"] = blocks(c.blocks)
    _opt(d, "replies", [comment(r) for r in c.replies])
    return d


def document(doc: article.Document) -> dict[str, Any]:
    d: dict[str, Any] = {"format": "article/1"}
    _opt(d, "url", doc.url)
    d["title"] = doc.title
    for key in ("subtitle", "summary"):
        _opt(d, key, getattr(doc, key))
    _opt(d, "authors", [person(p) for p in doc.authors])
    for key in ("published", "modified", "language", "site_name"):
        _opt(d, key, getattr(doc, key))
    _opt(d, "breadcrumbs", [person(p) for p in doc.breadcrumbs])
    _opt(d, "tags", doc.tags)
    if doc.image is not None:
        d["image"] = image(doc.image)
    _opt(d, "page_type", doc.page_type)
    if doc.confidence is not None:
        d["confidence"] = doc.confidence
    sections = []
    for s in doc.sections:
        sd: dict[str, Any] = {}
        _opt(sd, "heading", inlines(s.heading))
        _opt(sd, "level", s.level)
        sd["blocks"] = blocks(s.blocks)
        sections.append(sd)
    d["sections"] = sections
    related = []
    for r in doc.related:
        rd: dict[str, Any] = {"title": r.title, "url": r.url}
        _opt(rd, "summary", r.summary)
        if r.image is not None:
            rd["image"] = image(r.image)
        related.append(rd)
    _opt(d, "related", related)
    _opt(d, "comments", [comment(c) for c in doc.comments])
    return d


def first_difference(a: Any, b: Any, path: str = "") -> str:
    """The JSON path of the first place where a and b differ, with both
    values shortened: a readable assertion message for big documents."""
    if type(a) is type(b) and isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{path}.{k}")
    elif type(a) is type(b) and isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
    return f"{path or '.'}: {repr(a)[:120]} != {repr(b)[:120]}"
