"""article.datatrove in a small datatrove pipeline: WARC records in, JSON Lines out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("fastwarc")


@pytest.mark.usefixtures("html_reader")
def test_pipeline_extracts_every_page(tmp_path: Path,
                                      corpus_warc: tuple[Path, list[str]]) -> None:
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter

    from article import warc
    from article.datatrove import Libarticle

    path, urls = corpus_warc
    # The first 20 pages, decoded as datatrove's WarcReader would give them.
    docs = [Document(text=r.payload.decode(r.charset or "utf-8", "replace"),
                     id=r.record_id or r.uri, metadata={"url": r.uri})
            for r in warc.records(path)][:20]
    docs.append(Document(text="<html><body></body></html>", id="empty", metadata={"url": "x"}))
    out = tmp_path / "out"
    executor = LocalPipelineExecutor(
        pipeline=[docs, Libarticle(timeout=5), JsonlWriter(str(out), compression=None)],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"))
    executor.run()
    lines = [json.loads(line) for f in sorted(out.glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines()]
    # Every page has text; the empty page was dropped.
    assert [d["metadata"]["url"] for d in lines] == urls[:20]
    assert all(len(d["text"].split()) > 20 for d in lines)
    assert all("<" not in d["text"][:200] for d in lines)
