"""Shared fixtures: corpus paths, and skips for parts of the C library that
are not written yet (they fail with "not implemented")."""

from __future__ import annotations

import gzip
import inspect
from pathlib import Path

import pytest

import article

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus"
ZYTE = CORPUS / "zyte" / "html"
READABILITY = CORPUS / "readability" / "pages"
SEED = REPO / "examples" / "seed-article.json"

MINIMAL_JSON = '{"format":"article/1","title":"","sections":[]}'


# Names through which a test reads ../shared/corpus.
_CORPUS_NAMES = ("ZYTE", "READABILITY", "zyte_pages", "readability_pages", "corpus_warc")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A clone without ../shared/corpus: the tests that read it are shown as
    skipped, not failed (the rest still run)."""
    if (CORPUS / "zyte" / "ground-truth.json").exists():
        return
    skip = pytest.mark.skip(reason=f"{CORPUS} is missing")
    for item in items:
        fn = getattr(item, "function", None)
        try:
            src = inspect.getsource(fn) if fn else ""
        except (OSError, TypeError):
            src = ""
        if any(name in src for name in _CORPUS_NAMES) or "corpus_warc" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(skip)


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def zyte_pages() -> list[Path]:
    return sorted(ZYTE.glob("*.html.gz"))


def readability_pages() -> list[Path]:
    return sorted(READABILITY.glob("*/source.html"))


def _probe(what: str, call) -> None:
    try:
        call()
    except article.ArticleError as e:
        if "not implemented" in e.message:
            pytest.skip(f"{what} is not implemented in libarticle yet")
        raise


@pytest.fixture(scope="session")
def json_reader() -> None:
    _probe("the JSON reader", lambda: article.from_json(MINIMAL_JSON))


@pytest.fixture(scope="session")
def json_writer() -> None:
    _probe("the JSON writer", lambda: article.Document().to_json())


@pytest.fixture(scope="session")
def html_reader() -> None:
    _probe("the HTML reader", lambda: article.from_html(b"<html><p>x</p></html>"))


@pytest.fixture(scope="session")
def html_writer() -> None:
    _probe("the HTML writer", lambda: article.Document().to_html())


@pytest.fixture(scope="session")
def markdown_writer() -> None:
    _probe("the Markdown writer", lambda: article.Document().to_markdown())


@pytest.fixture(scope="session")
def text_writer() -> None:
    _probe("the text writer", lambda: article.Document().to_text())


@pytest.fixture(scope="session")
def seed_json(json_reader: None) -> str:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not there yet")
    return SEED.read_text(encoding="utf-8")


# MARK: - WARC files, built at test time (never committed)

def _warc_dir(factory: pytest.TempPathFactory) -> Path:
    """The build folder's warc/ (ctest runs from the build tree), or a
    temporary folder when run elsewhere."""
    here = Path.cwd()
    if (here / "CMakeCache.txt").exists():
        return here / "warc"
    return factory.mktemp("warc")


@pytest.fixture(scope="session")
def corpus_warc(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A WARC.gz of the zyte pages (and a few other records), with their URLs."""
    pytest.importorskip("warcio")
    from make_warc import write_corpus_warc

    out = _warc_dir(tmp_path_factory) / "zyte.warc.gz"
    return out, write_corpus_warc(out, ZYTE.parent)


@pytest.fixture(scope="session")
def hostile_warc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Good pages around a 200 MB record, a corrupt gzip member and a cut record."""
    pytest.importorskip("warcio")
    from make_warc import write_hostile_warc

    out = _warc_dir(tmp_path_factory) / "hostile.warc.gz"
    write_hostile_warc(out)
    return out
