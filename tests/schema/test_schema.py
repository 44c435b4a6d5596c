"""The JSON Schema of article/1 agrees with the C reader on every case:
the seed article and tests/json/valid validate; every invalid case whose
error is a schema error is rejected by the schema too."""
import json
import pathlib

import jsonschema
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "article-1.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
VALID = sorted((ROOT / "tests" / "json" / "valid").glob("*/input.json"))
INVALID = sorted((ROOT / "tests" / "json" / "invalid").glob("*/input.json"))


def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", [ROOT / "examples" / "seed-article.json"] + VALID,
                         ids=lambda p: p.parent.name)
def test_valid(path):
    VALIDATOR.validate(json.loads(path.read_text(encoding="utf-8")))


def schema_cases():
    for path in INVALID:
        lines = (path.parent / "error").read_text(encoding="utf-8").splitlines()
        if len(lines) > 2 and lines[2] == "schema error":
            yield path


@pytest.mark.parametrize("path", list(schema_cases()), ids=lambda p: p.parent.name)
def test_invalid(path):
    # Integers too big for jansson are also too big for the schema.
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert not VALIDATOR.is_valid(doc)


def test_cases_exist():
    assert VALID and len(list(schema_cases())) >= 10


CORPUS = ROOT.parent / "shared" / "corpus"


def _cli():
    import os
    build = os.environ.get("ARTICLE_BUILD_DIR")
    cli = pathlib.Path(build) / "article" if build else None
    if not cli or not cli.exists():
        pytest.skip("ARTICLE_BUILD_DIR/article not built (ctest sets it)")
    return cli


def test_everything_the_reader_writes_validates(tmp_path):
    """Every JSON the project writes from real pages obeys the schema:
    each corpus page through the CLI, compact and pretty."""
    import subprocess
    cli = _cli()
    pages = sorted((CORPUS / "zyte" / "html").glob("*.html.gz"))
    pages += sorted((CORPUS / "readability" / "pages").glob("*/source.html"))
    if not pages:
        pytest.skip("no corpus beside the repository")
    out = subprocess.run([str(cli), "convert", "--jsonl", *map(str, pages)],
                         capture_output=True, text=True, check=False)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == len(pages), out.stderr[-2000:]
    for rec in records:
        assert "article" in rec, rec
        VALIDATOR.validate(rec["article"])
    # Pretty output and the JSON read back from the writer's HTML, on a few.
    for page in pages[:: max(1, len(pages) // 10)]:
        html = tmp_path / "page.html"
        subprocess.run([str(cli), "convert", str(page), "-t", "html", "-o", str(html)],
                       check=True)
        for args in (["-t", "json", "--pretty", str(page)], ["-t", "json", str(html)]):
            res = subprocess.run([str(cli), "convert", *args], capture_output=True,
                                 text=True, check=True)
            VALIDATOR.validate(json.loads(res.stdout))


@pytest.mark.parametrize("harness", ["json", "model"])
def test_schema_accepts_what_the_reader_accepts(harness, tmp_path):
    """Every JSON text the C reader accepts validates: the fuzz harnesses'
    seeds, kept corpus and regressions, replayed with ARTICLE_FUZZ_EMIT
    (tests/fuzz/fuzz_common.h), which writes each accepted one out. The
    model harness's are models of every node type and attribute."""
    import os
    import subprocess
    build = os.environ.get("ARTICLE_BUILD_DIR")
    replay = pathlib.Path(build) / "tests" / f"fuzz_{harness}_replay" if build else None
    if not replay or not replay.exists():
        pytest.skip("ARTICLE_BUILD_DIR/tests/fuzz_*_replay not built (ctest sets it)")
    fuzz = ROOT / "tests" / "fuzz"
    dirs = [str(fuzz / kind / harness) for kind in ("seeds", "corpus", "regressions")
            if (fuzz / kind / harness).is_dir()]
    subprocess.run([str(replay), *dirs], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "ARTICLE_FUZZ_EMIT": str(tmp_path)})
    accepted = sorted(tmp_path.glob("*.json"))
    assert accepted, "the reader accepted none of the inputs"
    # jsonschema takes about 0.2 s a model: a fixed sample (the names are
    # hashes) unless ARTICLE_SCHEMA_MODELS asks for more (0: all).
    limit = int(os.environ.get("ARTICLE_SCHEMA_MODELS", "40"))
    accepted = accepted[:limit] if limit else accepted
    for path in accepted:
        doc = json.loads(path.read_bytes())
        errors = sorted(VALIDATOR.iter_errors(doc), key=str)
        assert not errors, f"{path.name}: {errors[0].message} at {list(errors[0].path)}"
