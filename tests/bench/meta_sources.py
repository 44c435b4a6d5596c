"""Every place a page states its title or its authors, read independently of
the library (meta_score.py --sources), so that the reader's ranking of them
can be checked against the truth on both halves from counts alone.

The parser is the standard library's: no tree, only a stack of open
elements, enough to know whether a text is inside <article>/<main>, a
byline-classed element or a link, and to collect JSON-LD. Each source gives
one value (a title) or a list of strings (authors) or nothing.
"""
import json
import re
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}
ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|LiveBlog|NewsArticle|"
                           r"Posting|WebPage|Recipe|HowTo", re.I)
SEPS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u2022 ",
        " / ", " \u00bb ", " \\ ", " : ")
BYLINE_CLASS = re.compile(r"byline|author|writtenby", re.I)
ARCHIVE = re.compile(r"/(author|authors|by|profiles?|people|staff|writers?|journalists?|"
                     r"reporters|contributors|columnists|autor|autores|autoren|auteurs?|"
                     r"autore|autori)/[^/?#]+", re.I)
BY_LINE = re.compile(r"^(by|written by|posted by|von|par|por)\s*:?\s+\S", re.I)


def _squash(s):
    return " ".join((s or "").split())


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []      # (tag, capture-or-None)
        self.metas = {}      # lower-case name/property -> first content
        self.jsonld = []
        self.h1 = []         # (text, inside article/main)
        self.title = None
        self.rel_author = []
        self.byline_class = []
        self.byline_all = []
        self.archive = []
        self.by_lines = []
        self.itemprop_author = []
        self.itemprop_headline = None
        self._caps = []      # open captures: [kind, depth, parts]
        self._in_main = 0

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("name") or a.get("property") or "").lower().strip()
            if key and "content" in a and key not in self.metas:
                self.metas[key] = _squash(a["content"])
            return
        if tag in VOID:
            return
        kinds = []
        if tag == "title" and self.title is None and not any(
                t == "svg" for t, _ in self.stack):
            kinds.append("title")
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            kinds.append("jsonld")
        if tag == "h1":
            kinds.append("h1main" if self._in_main else "h1")
        if tag == "a" and "author" in a.get("rel", "").lower().split():
            kinds.append("rel_author")
        if tag == "a" and ARCHIVE.search(a.get("href", "")):
            kinds.append("archive")
        if BYLINE_CLASS.search(a.get("class", "") + " " + a.get("id", "")):
            kinds.append("byline_all")
        ip = a.get("itemprop", "").lower().split()
        if "author" in ip:
            kinds.append("itemprop_author")
        if "headline" in ip and self.itemprop_headline is None:
            kinds.append("itemprop_headline")
        if BYLINE_CLASS.search(a.get("class", "") + " " + a.get("id", "")) \
                and not any(c[0] == "byline_class" for c in self._caps):
            kinds.append("byline_class")
        main = tag in ("article", "main")
        self._in_main += main
        for k in kinds:
            self._caps.append([k, len(self.stack), []])
        self.stack.append((tag, main))

    def handle_endtag(self, tag):
        if tag in VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, main = self.stack.pop()
            self._in_main -= main
            depth = len(self.stack)
            while self._caps and self._caps[-1][1] >= depth:
                self._close(*self._caps.pop())
            if t == tag:
                break

    def handle_data(self, data):
        line = _squash(data)
        if len(line) <= 80 and BY_LINE.match(line):
            self.by_lines.append(line)
        for c in self._caps:
            c[2].append(data)

    def _close(self, kind, _depth, parts):
        text = "".join(parts)
        if kind == "jsonld":
            try:
                self.jsonld.append(json.loads(text))
            except ValueError:
                pass
            return
        text = _squash(text)
        if not text:
            return
        if kind == "title":
            self.title = text
        elif kind in ("h1", "h1main"):
            self.h1.append((text, kind == "h1main"))
        elif kind == "rel_author":
            self.rel_author.append(text)
        elif kind == "itemprop_author":
            self.itemprop_author.append(text)
        elif kind == "itemprop_headline":
            self.itemprop_headline = text
        elif kind == "archive" and len(text) <= 60:
            self.archive.append(text)
        elif kind == "byline_all" and len(text) <= 100:
            self.byline_all.append(text)
        elif kind == "byline_class" and len(text) <= 100:
            self.byline_class.append(text)


def _nodes(data):
    """Every JSON-LD object, @graph and nested values included."""
    if isinstance(data, list):
        for x in data:
            yield from _nodes(x)
    elif isinstance(data, dict):
        yield data
        for k, v in data.items():
            if k != "author":
                yield from _nodes(v)


def _types(node):
    t = node.get("@type", "")
    return " ".join(t) if isinstance(t, list) else str(t)


def _names(author, ids):
    """Names of a JSON-LD author value, following @id references."""
    out = []
    for a in author if isinstance(author, list) else [author]:
        if isinstance(a, str):
            out.append(a)
        elif isinstance(a, dict):
            if "name" not in a and a.get("@id") in ids:
                a = ids[a["@id"]]
            n = a.get("name")
            if isinstance(n, list):
                n = n[0] if n else None
            if isinstance(n, str):
                out.append(n)
    return [_squash(x) for x in out if _squash(x)]


def _host_name(url):
    m = re.match(r"[a-z]+://([^/:?#]+)", url or "")
    if not m:
        return ""
    labels = m.group(1).lower().split(".")
    if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) <= 3:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def _alnum(s):
    return re.sub(r"[\W_]+", "", (s or "").lower())


def without_site(title, site, url):
    """<title> without a part at either end that is the site's name or the
    domain's (the library's rule, in short)."""
    if not title:
        return None
    names = {_alnum(site), _alnum(_host_name(url))} - {""}
    for sep in SEPS:
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if _alnum(tail) in names:
                return head
            head, _, tail = title.partition(sep)
            if _alnum(head) in names:
                return tail
    return title


def sources(html, url):
    """({title source: value}, {author source: [names]}) for one page."""
    p = _Collector()
    try:
        p.feed(html.decode("utf-8", "replace"))
        p.close()
    except Exception:  # a page the parser chokes on gives what was read
        pass
    m = p.metas
    nodes = [n for d in p.jsonld for n in _nodes(d)]
    ids = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and "name" in n}
    art = [n for n in nodes if ARTICLE_TYPES.search(_types(n))
           and not re.search(r"WebPage", _types(n))]
    page = [n for n in nodes if re.search(r"WebPage", _types(n))]
    site = m.get("og:site_name")
    t = {}

    def put(name, value):
        if isinstance(value, str) and _squash(value):
            t[name] = _squash(value)

    put("jsonld headline", next((n.get("headline") for n in art if n.get("headline")), None))
    put("jsonld name", next((n.get("name") for n in art if n.get("name")), None))
    put("jsonld webpage name", next((n.get("name") for n in page if n.get("name")), None))
    put("og:title", m.get("og:title"))
    put("twitter:title", m.get("twitter:title"))
    put("meta title", m.get("title") or m.get("dc.title") or m.get("parsely-title"))
    put("<title>", p.title)
    put("<title> minus site", without_site(p.title, site, url))
    put("og:title minus site", without_site(m.get("og:title"), site, url))
    if p.title:
        for sep in SEPS:
            if sep in p.title:
                put("<title> first part", p.title.split(sep)[0])
                put("<title> longest part", max(p.title.split(sep), key=len))
                break
    put("h1 first", p.h1[0][0] if p.h1 else None)
    put("h1 in article/main", next((x for x, inside in p.h1 if inside), None))
    put("h1 only one", p.h1[0][0] if len(p.h1) == 1 else None)
    put("itemprop headline", p.itemprop_headline)

    au = {}

    def put_list(name, values):
        values = [_squash(v) for v in values if _squash(v)]
        if values:
            au[name] = values

    put_list("jsonld author", [x for n in art for x in _names(n.get("author"), ids)][:8])
    put_list("meta author", [m[k] for k in ("author", "dc.creator", "byl", "parsely-author",
                                            "sailthru.author") if m.get(k)][:1])
    put_list("article:author", [m[k] for k in ("article:author",) if m.get(k)
                                and not m[k].startswith("http")])
    if m.get("twitter:label1", "").lower().startswith("written"):
        put_list("twitter:data1 (written by)", [m.get("twitter:data1", "")])
    put_list("rel=author", p.rel_author[:4])
    put_list("itemprop author", p.itemprop_author[:4])
    put_list("byline class (first)", p.byline_class[:1])
    put_list("byline class (any)", p.byline_all[:12])
    put_list("archive links", p.archive[:8])
    put_list("'By' lines", p.by_lines[:8])
    put_list("jsonld any Person", [_squash(n["name"]) for n in nodes if isinstance(n.get("name"), str)
                                   and re.search(r"\bPerson\b", _types(n))][:8])
    put_list("site name", [site] if site else [])
    return t, au
