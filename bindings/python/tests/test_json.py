"""JSON article/1 both ways: the seed article, dicts, strict errors."""

from __future__ import annotations

import json

import pytest

import article
import model

pytestmark = pytest.mark.usefixtures("json_reader", "json_writer")


def _doc(sections: str) -> str:
    return '{"format": "article/1", "title": "T", "sections": ' + sections + "}"


def test_seed_round_trip(seed_json: str) -> None:
    doc = article.from_json(seed_json)
    compact = doc.to_json()
    pretty = doc.to_json(pretty=True)
    assert "\n" not in compact and "\n  " in pretty
    assert json.loads(compact) == json.loads(seed_json)
    # Canonical output reads back and writes out byte for byte, both forms.
    assert article.from_json(compact).to_json() == compact
    assert article.from_json(pretty).to_json(pretty=True) == pretty
    # bytes in, the same document.
    assert article.from_json(seed_json.encode()).to_json() == compact


def test_seed_objects_agree_with_json(seed_json: str) -> None:
    doc = article.from_json(seed_json)
    assert model.document(doc) == doc.to_dict()
    d = doc.to_dict()
    assert doc.title == d["title"]
    assert [a.name for a in doc.authors] == [a["name"] for a in d.get("authors", [])]
    assert len(doc.sections) == len(d["sections"])
    for s, sd in zip(doc.sections, d["sections"]):
        assert [b.type for b in s.blocks] == [b["type"] for b in sd["blocks"]]


def test_seed_other_writers(seed_json: str, markdown_writer: None, text_writer: None) -> None:
    doc = article.from_json(seed_json)
    for out in (doc.to_markdown(), doc.to_text()):
        assert isinstance(out, str)
        if doc.title:
            assert doc.title.split()[0] in out


def test_from_dict_and_to_dict(seed_json: str) -> None:
    d = json.loads(seed_json)
    doc = article.from_dict(d)
    assert doc.to_dict() == d


def test_build_from_dict_then_edit() -> None:
    doc = article.from_dict({
        "format": "article/1", "title": "Hello",
        "sections": [{"heading": ["Part ", {"type": "em", "content": ["one"]}], "level": 2,
                      "blocks": [{"type": "paragraph", "content": [
                          "See ", {"type": "link", "href": "https://example.com/",
                                   "content": ["this"]}, "."]}]}]})
    s = doc.sections[0]
    assert s.heading_text == "Part one" and s.level == 2
    assert isinstance(s.heading[1], article.Em)
    para = s.blocks[0]
    assert isinstance(para, article.Paragraph) and para.text == "See this."
    link = para.content[1]
    assert isinstance(link, article.Link) and link.href == "https://example.com/"
    doc.title = "Changed"
    doc.tags = ["x"]
    doc.authors = [("Jane", "https://example.com/jane")]
    d = doc.to_dict()
    assert d["title"] == "Changed" and d["tags"] == ["x"]
    assert d["authors"] == [{"name": "Jane", "url": "https://example.com/jane"}]


@pytest.mark.parametrize("text, status, path", [
    (_doc('[{"blocks": [{"type": "para", "content": []}]}]'), article.Status.SCHEMA,
     "sections[0].blocks[0].type"),
    (_doc('[{"level": "2", "blocks": []}]'), article.Status.SCHEMA, "sections[0].level"),
    ('{"format": "article/2", "title": "", "sections": []}', article.Status.SCHEMA, "format"),
])
def test_schema_errors_name_the_path(text: str, status: int, path: str) -> None:
    with pytest.raises(article.ArticleError) as info:
        article.from_json(text)
    e = info.value
    assert e.status == status
    assert e.path == path
    assert e.line >= 1 and e.column >= 1
    assert e.message


def test_syntax_error_has_position() -> None:
    with pytest.raises(article.SyntaxArticleError) as info:
        article.from_json('{"format": ')
    assert info.value.status == article.Status.SYNTAX
    assert info.value.line == 1 and info.value.column >= 1
    with pytest.raises(article.ArticleError):
        article.from_json("")


def test_invalid_utf8_is_an_encoding_error() -> None:
    with pytest.raises(article.ArticleError) as info:
        article.from_json(b'{"format": "article/1", "title": "\xff", "sections": []}')
    assert info.value.status == article.Status.ENCODING


def test_limits_are_passed() -> None:
    deep = _doc('[{"blocks": [' + '{"type": "quote", "content": [' * 50
                + "]}" * 50 + "]}]")
    article.from_json(deep)
    with pytest.raises(article.LimitArticleError):
        article.from_json(deep, max_depth=10)
    with pytest.raises(article.LimitArticleError):
        article.from_json(deep, max_input_size=10)
    with pytest.raises(article.LimitArticleError, match="max_text"):
        article.from_json('{"format": "article/1", "title": "eleven chars", "sections": []}',
                          max_text=5)
    with pytest.raises(article.LimitArticleError, match="max_attributes"):
        article.from_html(b"<p a=1 b=2 c=3>x</p>", max_attributes=2)
    with pytest.raises(article.LimitArticleError, match="max_text"):
        article.from_html(b"<p>twenty characters.</p>", max_text=10)


def test_pickle_round_trip(seed_json: str) -> None:
    import pickle

    doc = article.from_json(seed_json)
    copy = pickle.loads(pickle.dumps(doc))
    assert copy is not doc and copy.to_json() == doc.to_json()


def test_reprs_help_in_a_repl(seed_json: str) -> None:
    doc = article.from_json(seed_json)
    assert repr(doc).startswith("<article.Document 'Trump says")
    sec = doc.sections[1]
    assert repr(sec).startswith("<Section ") and "level=" in repr(sec)
    for b in sec.blocks:
        r = repr(b)
        assert r.startswith("<") and r.endswith(">") and len(r) < 120
    assert repr(doc.authors[0]).startswith("Person(name=")


def test_python_example_runs(seed_json: str) -> None:
    import subprocess
    import sys

    from conftest import REPO, SEED

    proc = subprocess.run([sys.executable, str(REPO / "examples" / "python" / "outline.py"),
                           str(SEED)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    doc = article.from_json(seed_json)
    assert proc.stdout.splitlines()[0] == doc.title
    assert f"## {doc.sections[1].heading_text}" in proc.stdout
