"""The Dask pipeline on a LocalCluster of 2 worker processes (under ~60 s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import article
from article.dask import convert_page, find_pages
from conftest import ZYTE, read_page

pytest.importorskip("distributed")


def test_find_pages(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.html", "sub/b.html.gz", "c.txt", "D.HTM"):
        (tmp_path / name).write_bytes(b"")
    found = find_pages([str(tmp_path), str(tmp_path / "*.html")])
    assert found == sorted(str(tmp_path / n) for n in ("D.HTM", "a.html", "sub/b.html.gz"))


def test_a_bad_page_is_a_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"not gzip")
    rec = convert_page(str(bad))
    assert rec["source"] == str(bad) and "article" not in rec
    assert "BadGzipFile" in rec["error"] or "gzip" in rec["error"].lower()
    missing = convert_page(str(tmp_path / "missing.html"))
    assert "FileNotFoundError" in missing["error"]


@pytest.mark.slow
@pytest.mark.usefixtures("html_reader", "json_writer")
def test_cluster_of_two_matches_single_process(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "broken.html.gz"
    bad.parent.mkdir()
    bad.write_bytes(b"\x1f\x8b truncated")
    out = tmp_path / "out"
    env = dict(os.environ)
    proc = subprocess.run(
        [sys.executable, "-m", "article.dask", str(ZYTE), str(bad.parent), "-o", str(out),
         "--workers", "2", "--partitions", "6"],
        env=env, capture_output=True, text=True, timeout=180, cwd=tmp_path)
    # One page failed on purpose: exit status 1, and the run went on.
    assert proc.returncode == 1, proc.stderr[-2000:]
    records = []
    files = sorted(out.glob("part-*.jsonl"))
    assert 2 <= len(files) <= 12
    for f in files:
        records += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
    pages = sorted(ZYTE.glob("*.html.gz"))
    # Exactly one record per page, in input order, then the broken one.
    assert [r["source"] for r in records] == [str(p) for p in pages] + [str(bad)]
    assert "error" in records[-1] and "article" not in records[-1]
    for rec, page in zip(records, pages):
        assert "error" not in rec, rec.get("error")
        assert rec["article"] == article.from_html(read_page(page)).to_dict(), page.name


@pytest.mark.slow
@pytest.mark.usefixtures("html_reader", "json_writer")
def test_a_worker_crash_costs_only_its_page(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import dask
    from distributed import Client, LocalCluster

    from article.dask import convert

    # The workers import dask_crash from this directory.
    here = str(Path(__file__).resolve().parent)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [here] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    import dask_crash

    pages = [str(p) for p in sorted(ZYTE.glob("*.html.gz"))[:6]]
    crash = tmp_path / "CRASH.html"
    crash.write_bytes(b"<html><p>boom</p></html>")
    paths = pages[:3] + [str(crash)] + pages[3:]
    out = tmp_path / "out"
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            files = convert(paths, str(out), client, partitions=2,
                            func=dask_crash.crash_on_marked)
    records = []
    for f in files:
        records += [json.loads(line) for line in Path(f).read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == paths
    assert "error" in records[3] and "article" not in records[3]
    for i, rec in enumerate(records):
        if i != 3:
            assert rec["article"] == article.from_html(read_page(Path(rec["source"]))).to_dict()


@pytest.mark.slow
@pytest.mark.usefixtures("html_reader", "json_writer")
def test_warc_to_jsonl_and_parquet(tmp_path: Path, corpus_warc: tuple[Path, list[str]],
                                   hostile_warc: Path) -> None:
    pytest.importorskip("fastwarc")
    from article.dask import read_records

    path, urls = corpus_warc
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "article.dask", str(path), str(hostile_warc), "-o", str(out),
         "--workers", "2", "--partitions", "4"],
        capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "pages/s" in proc.stderr
    assert "1 oversize" in proc.stderr and "1 truncated" in proc.stderr
    assert "1 bad_gzip" in proc.stderr
    files = sorted(out.glob("part-*.jsonl"))
    # At least one partition per WARC file, none spanning two.
    assert len(files) >= 2
    records = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert text.endswith("\n"), f  # cat part-*.jsonl joins them
        records += [json.loads(line) for line in text.splitlines()]
    good = [f"https://example.org/good{i}" for i in (1, 2, 3)]
    assert [r["url"] for r in records] == urls + ["https://example.org/latin1"] + good
    assert all("article" in r and r["source"].rsplit("@", 1)[1].isdigit() for r in records)
    first = records[0]["article"]
    assert first == article.from_html(read_page(sorted(ZYTE.glob("*.html.gz"))[0]),
                                      urls[0]).to_dict()

    # Parquet, from Python, on an in-process cluster.
    pytest.importorskip("pyarrow")
    from distributed import Client, LocalCluster

    from article.dask import convert, index_warcs

    groups = index_warcs([str(hostile_warc)])
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        names = convert(groups, str(tmp_path / "pq"), client, partitions=2, fmt="parquet")
    rows = [r for n in names for r in read_records(n)]
    assert [r["url"] for r in rows] == good
    assert rows[0]["article"]["title"] == "Page 1"


def test_watchdog_ends_a_page_over_its_budget() -> None:
    # Without the library's max_time, the budget is a watchdog that ends the
    # worker process (Dask restarts it); here, a plain process.
    code = ("import time\nfrom article.dask import _within_budget\n"
            "assert _within_budget(lambda i, o: i, 'ok', None, 5.0) == 'ok'\n"
            "_within_budget(lambda i, o: time.sleep(30), 'slow', None, 0.2)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=20)
    assert proc.returncode == 70, proc.stderr
