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
