"""The page type and the confidence in the `article` command: --jsonl
writes them, --type and --min-confidence filter a batch, `article inspect`
shows them with the body candidates. Run with test_cli.py (tests/cli.cmake).
"""

import json
import os
import re

import pytest

from test_cli import CORPUS, SOURCE, run, write

ARTICLE = (
    "<!DOCTYPE html><html lang='en'><head><title>Library opens</title>"
    "<meta property='og:type' content='article'>"
    "<meta property='article:published_time' content='2025-03-01'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Library opens</h1>"
    + "<p>The council met on Tuesday to discuss the new library, which has been planned"
      " for more than ten years and opens to readers in the spring, officials said.</p>" * 8
    + "</article></body></html>"
)
PRODUCT = (
    "<!DOCTYPE html><html><head><title>Reading lamp</title>"
    "<meta property='og:type' content='product'></head><body><h1>Reading lamp</h1>"
    "<span class='price'>$25.00</span><button>Add to cart</button>"
    "<p>A small lamp with a warm light and a long arm, for reading in bed.</p></body></html>"
)


def batch(tmp_path, *args):
    a = write(tmp_path / "a.html", ARTICLE)
    p = write(tmp_path / "p.html", PRODUCT)
    r = run("convert", "--jsonl", *args, a, p)
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    return r, {os.path.basename(x["source"]): x["article"] for x in lines}


def test_jsonl_writes_type_and_confidence(tmp_path):
    r, pages = batch(tmp_path)
    assert r.returncode == 0, r.stderr
    assert pages["a.html"]["page_type"] == "article"
    assert pages["p.html"]["page_type"] == "product"
    for doc in pages.values():
        assert 0 <= doc["confidence"] <= 1


def test_type_filters_a_batch(tmp_path):
    r, pages = batch(tmp_path, "--type", "product")
    assert r.returncode == 0, r.stderr
    assert list(pages) == ["p.html"]


def test_min_confidence_filters_a_batch(tmp_path):
    _, everything = batch(tmp_path)
    cut = max(d["confidence"] for d in everything.values())
    r, pages = batch(tmp_path, "--min-confidence", str(cut))
    assert r.returncode == 0, r.stderr
    assert pages and all(d["confidence"] >= cut for d in pages.values())
    r, pages = batch(tmp_path, "--min-confidence", "1", "--type", "forum")
    assert r.returncode == 0 and pages == {}


def test_filters_write_only_kept_files(tmp_path):
    a = write(tmp_path / "a.html", ARTICLE)
    p = write(tmp_path / "p.html", PRODUCT)
    out = tmp_path / "out"
    out.mkdir()
    r = run("convert", "--out-dir", str(out), "--type", "article", a, p)
    assert r.returncode == 0, r.stderr
    assert sorted(os.listdir(out)) == ["a.json"]


@pytest.mark.parametrize("args", [
    ["convert", "--type", "blog", "--jsonl", "x.html"],
    ["convert", "--min-confidence", "1.5", "--jsonl", "x.html"],
    ["convert", "--min-confidence", "high", "--jsonl", "x.html"],
    ["convert", "--type", "article", "x.html"],
    ["inspect", "a.html", "b.html"],
    ["inspect", "--bogus"],
])
def test_usage_errors(args):
    r = run(*args)
    assert r.returncode == 2, r
    assert r.stdout == b"" and r.stderr


def test_inspect_shows_type_confidence_and_candidates(tmp_path):
    r = run("inspect", write(tmp_path / "a.html", ARTICLE),
            "--url", "https://example.com/2025/03/01/library-opens")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert re.search(r"(?m)^page type\s+article$", out), out
    assert re.search(r"(?m)^confidence\s+[01]\.\d\d$", out), out
    body = re.search(r"(?m)^\*\s+(\d+)\s+(\d+)\s+([\d.]+)\s+(.+)$", out)
    assert body, out
    assert int(body.group(1)) > 0 and "article" in body.group(4)


@pytest.mark.skipif(not os.path.isdir(os.path.join(CORPUS, "zyte", "html")), reason="no corpus")
def test_inspect_a_corpus_page():
    page = os.path.join(CORPUS, "zyte", "html")
    first = sorted(os.listdir(page))[0]
    r = run("inspect", os.path.join(page, first))
    assert r.returncode == 0, r.stderr
    assert b"page type" in r.stdout and b"candidates" in r.stdout


def test_inspect_bad_input_exit_1(tmp_path):
    r = run("inspect", str(tmp_path / "missing.html"))
    assert r.returncode == 1 and b"missing.html" in r.stderr


def test_inspect_help_and_man_page():
    r = run("inspect", "--help")
    assert r.returncode == 0 and r.stdout.startswith(b"Usage: article inspect")
    with open(os.path.join(SOURCE, "docs", "article.1"), encoding="utf-8") as f:
        man = f.read().replace("\\-", "-")
    for word in ["inspect", "--type", "--min-confidence"]:
        assert word in man, word
