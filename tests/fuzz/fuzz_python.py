"""Atheris harness for the Python binding's own code (bindings/python):
from_html and from_json on the fuzzer's bytes, then what the binding adds
on top of the C library: to_dict, from_dict (the dict must rebuild the
same document), the node accessors, every writer through Python strings.

    pip install atheris==2.3.0        # Python 3.11 wheel on PyPI
    PYTHONPATH=build/python LD_LIBRARY_PATH=build \\
        python3 tests/fuzz/fuzz_python.py -max_total_time=600 CORPUS_DIR SEED_DIR

Without atheris, or with --replay, it runs each file given (or each file
of the directories given) once: the regressions replay without it.
A finding is an exception other than article.ArticleError, or a broken
check below; atheris saves the input as crash-*.
"""
import json
import os
import sys

try:
    import atheris
except ImportError:  # replay only
    atheris = None

if atheris and "--replay" not in sys.argv:
    with atheris.instrument_imports():
        import article
else:
    import article


def walk(blocks, depth=0):
    """Touches every accessor of every block (the binding's node wrappers)."""
    for b in blocks:
        for name in dir(b):
            if not name.startswith("_"):
                getattr(b, name)
        for child in ("blocks", "items", "rows", "content", "replies"):
            kids = getattr(b, child, None)
            if isinstance(kids, list) and depth < 50:
                walk([k for k in kids if not isinstance(k, (str, list))], depth + 1)


def check(doc):
    data = doc.to_dict()
    text = doc.to_json()
    assert json.loads(text) == data, "to_dict() disagrees with to_json()"
    again = article.from_dict(data)
    assert again.to_json() == text, "from_dict(to_dict(d)) is another document"
    for s in doc.sections:
        walk(s.blocks)
    walk(doc.related)
    walk(doc.comments)
    doc.to_html()
    doc.to_html(fragment=True)
    doc.to_markdown()
    doc.to_text()
    str(doc.title), doc.authors, doc.tags, doc.image


def test_one_input(data: bytes) -> None:
    if not data:
        return
    try:
        if data[0] & 1:
            doc = article.from_json(data[1:])
        else:
            doc = article.from_html(data[1:], url="https://example.com/a" if data[0] & 2 else None)
    except article.ArticleError as e:
        assert e.message, "an ArticleError without a message"
        return
    check(doc)


def replay(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += [os.path.join(p, f) for f in sorted(os.listdir(p))]
        elif os.path.isfile(p):
            files.append(p)
    for f in files:
        with open(f, "rb") as fh:
            test_one_input(fh.read())
    print(f"replay: {len(files)} passed")


if __name__ == "__main__":
    if atheris is None or "--replay" in sys.argv:
        replay([a for a in sys.argv[1:] if not a.startswith("-")])
    else:
        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()
