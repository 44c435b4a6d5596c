"""Pages and WARC files to JSON Lines or Parquet at scale, on a Dask cluster.

    python -m article.dask INPUTS... -o OUT [--workers N | --scheduler tcp://host:8786]
                           [--format jsonl|parquet] [--max-time MS] [--max-payload BYTES]

Each INPUTS argument is a directory (searched recursively), a glob or a
file: HTML pages (``.html``/``.htm``, optionally gzipped) or WARC files
(``.warc``, ``.warc.gz``), whose HTML response records are the pages (see
:mod:`article.warc`). OUT receives ``part-00000.jsonl``... (or
``.parquet``) with one record per page, in input order:
``{"source": ..., "url": ..., "article": {...}}``, or ``{"source": ...,
"url": ..., "error": "..."}`` when that page failed (a failure never stops
the run). ``source`` is the page's path, or ``WARC@offset`` for a record.
Every JSON Lines file ends with a newline, so ``cat part-*.jsonl`` joins
them.

Without ``--scheduler`` a LocalCluster of N worker processes (default: the
number of CPUs), one thread each, runs on this machine.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys
import threading
import time
from typing import Any, Callable, Iterable, Sequence, Tuple, Union

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")

#: A WARC record, as the work unit: (WARC path, offset of the record).
WarcRef = Tuple[str, int]
Item = Union[str, WarcRef]

#: Default time budget of one page, in milliseconds (--max-time).
DEFAULT_MAX_TIME_MS = 10_000

_SCHEMA_FIELDS = ("source", "url", "article", "error")


def find_pages(inputs: Iterable[str],
               suffixes: tuple[str, ...] = PAGE_SUFFIXES + WARC_SUFFIXES) -> list[str]:
    """The page and WARC files named by directories, globs and paths, sorted
    within each input, each file once."""
    found: list[str] = []
    seen: set[str] = set()
    for spec in inputs:
        if os.path.isdir(spec):
            names = [os.path.join(root, f) for root, _, files in os.walk(spec) for f in files
                     if f.lower().endswith(suffixes)]
        elif glob.has_magic(spec):
            names = [p for p in glob.glob(spec, recursive=True) if os.path.isfile(p)]
        else:
            names = [spec]
        for name in sorted(names):
            if name not in seen:
                seen.add(name)
                found.append(name)
    return found


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_page(path: str) -> bytes:
    """A page's bytes, gunzipped when the name ends in .gz."""
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.lower().endswith(".gz") else data


def convert_page(path: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """One output record for one page file; never raises for a bad page."""
    import article

    try:
        doc = article.from_html(read_page(path), **(options or {}))
        return {"source": path, "article": doc.to_dict()}
    except Exception as e:  # noqa: BLE001 - a bad page is a record, not a crash
        return {"source": path, "error": f"{type(e).__name__}: {e}"}


def convert_warc_record(ref: WarcRef, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """One output record for the WARC record at ``ref``; never raises."""
    from article import warc

    path, offset = ref
    source = f"{path}@{offset}"
    try:
        # The index already left out oversize payloads; no second limit here.
        recs = list(warc.records(path, start=offset, limit=1, max_payload=1 << 62))
        if not recs or recs[0].offset != offset:
            return {"source": source, "error": "no HTML record at this offset any more"}
        result = warc.convert(recs[0], **(options or {}))
    except Exception as e:  # noqa: BLE001 - an unreadable file is a record too
        return {"source": source, "error": f"{type(e).__name__}: {e}"}
    return _result_record(source, result)


def _result_record(source: str, result: Any) -> dict[str, Any]:
    if result.document is None:
        err = result.error
        return {"source": source, "url": result.uri, "error": f"{type(err).__name__}: {err}"}
    return {"source": source, "url": result.uri, "article": result.document.to_dict()}


def convert_warc_run(refs: Sequence[WarcRef],
                     options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The records of a run of WarcRefs in one file, in file order, read in
    one pass from the first (seeking to each record alone costs about 15 %
    more CPU); what :func:`convert_warc_record` gives for each."""
    from article import warc

    path = refs[0][0]
    wanted = {offset for _, offset in refs}
    found: dict[int, dict[str, Any]] = {}
    try:
        for rec in warc.records(path, start=refs[0][1], max_payload=1 << 62):
            if rec.offset in wanted:
                found[rec.offset] = _result_record(f"{path}@{rec.offset}",
                                                   warc.convert(rec, **(options or {})))
            if rec.offset >= refs[-1][1]:
                break
    except OSError:
        pass  # the missing ones are redone one by one below
    return [found.get(offset) or convert_warc_record((path, offset), options)
            for _, offset in refs]


def convert_item(item: Item, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """:func:`convert_page` for a path, :func:`convert_warc_record` for a WarcRef."""
    if isinstance(item, str):
        return convert_page(item, options)
    return convert_warc_record(tuple(item), options)  # type: ignore[arg-type]


def index_warcs(paths: Iterable[str], max_payload: int | None = None,
                counts: Any = None) -> list[list[WarcRef]]:
    """The HTML records of each WARC file, as WarcRefs: one reading pass on
    the client (FastWARC reads far faster than pages are extracted), so
    that the work can be cut into partitions of known records. Oversize,
    truncated, corrupt and non-HTML records are counted in ``counts`` and
    left out; a file that cannot be opened counts as ``bad_warc``."""
    from article import warc

    counts = counts if counts is not None else warc.Counts()
    limit = warc.DEFAULT_MAX_PAYLOAD if max_payload is None else max_payload
    out = []
    for path in paths:
        try:
            out.append([(path, r.offset) for r in warc.records(path, max_payload=limit,
                                                                 counts=counts)])
        except OSError:
            counts.bad_warc += 1
            out.append([])
    return out


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_records(path: str, records: Sequence[dict[str, Any]]) -> None:
    """Writes records as JSON Lines (every line, the last too, ends with a
    newline) or, for a ``.parquet`` path, as Parquet: string columns
    source, url, article (its JSON) and error."""
    if path.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(name, pa.string()) for name in _SCHEMA_FIELDS])
        rows = [{"source": r.get("source"), "url": r.get("url"),
                 "article": _dumps(r["article"]) if "article" in r else None,
                 "error": r.get("error")} for r in records]
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
        return
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(_dumps(rec) + "\n")


def read_records(path: str) -> list[dict[str, Any]]:
    """The records of one output file (JSON Lines or Parquet)."""
    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
        out = []
        for row in rows:
            rec = {k: v for k, v in row.items() if v is not None}
            if "article" in rec:
                rec["article"] = json.loads(rec["article"])
            out.append(rec)
        return out
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _within_budget(func: Callable[..., dict[str, Any]], item: Item,
                   options: dict[str, Any] | None, budget_s: float | None) -> dict[str, Any]:
    """``func(item, options)``, with a watchdog when the library has no
    max_time of its own: a page still running after ``budget_s`` seconds
    (wall clock) ends its worker process, which Dask restarts; the
    partition is then redone page by page and that page becomes an error
    record (see _rescue)."""
    if budget_s is None:
        return func(item, options)
    timer = threading.Timer(budget_s, os._exit, (70,))
    timer.daemon = True
    timer.start()
    try:
        return func(item, options)
    finally:
        timer.cancel()


def _convert_chunk(items: Sequence[Item], name: str, options: dict[str, Any] | None,
                   func: Callable[..., dict[str, Any]], budget_s: float | None) -> int:
    """Converts one partition and writes its file; returns its record count."""
    if (func is convert_item and budget_s is None and items
            and all(not isinstance(it, str) and it[0] == items[0][0] for it in items)):
        records = convert_warc_run(items, options)  # type: ignore[arg-type]
    else:
        records = [_within_budget(func, item, options, budget_s) for item in items]
    write_records(name, records)
    return len(records)


def _source(item: Item) -> str:
    return item if isinstance(item, str) else f"{item[0]}@{item[1]}"


def _rescue(client: Any, chunk: Sequence[Item], options: dict[str, Any] | None,
            func: Callable[..., dict[str, Any]], budget_s: float | None) -> list[dict[str, Any]]:
    """Converts a partition whose task failed (a worker died: a crash in C,
    the OOM killer, the time budget) page by page, so that only the guilty
    pages become error records and every other page still gets its article."""
    from distributed import wait

    futures = [client.submit(_within_budget, func, it, options, budget_s, pure=False)
               for it in chunk]
    # Let every first try end before any second one starts, so that a
    # second try never shares a worker with a page that may still kill it.
    wait(futures)
    records = []
    for item, fut in zip(chunk, futures):
        try:
            records.append(fut.result())
        except Exception:  # noqa: BLE001 - the worker died on this page, or beside it
            # A page queued on a worker that another page killed fails
            # too: try it once more, alone, so that only the guilty page
            # becomes an error record.
            try:
                records.append(client.submit(_within_budget, func, item, options, budget_s,
                                             pure=False).result())
            except Exception as e:  # noqa: BLE001 - it is this page
                records.append({"source": _source(item),
                                "error": f"worker died on this page (a crash, memory, or "
                                         f"over the time budget): {type(e).__name__}: {e}"})
    return records


def _chunks(groups: Sequence[Sequence[Item]], partitions: int) -> list[list[Item]]:
    """Contiguous partitions of about equal size, none spanning two groups
    (two WARC files), so every WARC file has one or more of its own."""
    total = sum(len(g) for g in groups)
    size = -(-total // max(1, min(partitions, total)))
    return [list(g[i:i + size]) for g in groups for i in range(0, len(g), size)]


def convert(items: Sequence[Item] | Sequence[Sequence[Item]], output_dir: str, client: Any,
            options: dict[str, Any] | None = None, partitions: int | None = None,
            func: Callable[..., dict[str, Any]] = convert_item, fmt: str = "jsonl",
            budget_s: float | None = None) -> list[str]:
    """Converts ``items`` (page paths and WarcRefs, or a list of groups of
    them, one group per WARC file) on ``client``'s cluster into files in
    ``output_dir``, JSON Lines or Parquet (``fmt``); returns their paths in
    partition order.

    ``func(item, options)`` makes one record (default :func:`convert_item`).
    ``budget_s`` arms the per-page watchdog (see _within_budget). A
    partition whose worker dies is redone page by page (see _rescue).
    """
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"fmt must be 'jsonl' or 'parquet', not {fmt!r}")
    os.makedirs(output_dir, exist_ok=True)
    items = list(items)
    groups = items if items and isinstance(items[0], list) else [items]
    groups = [g for g in groups if g]
    if not groups:
        return []
    if partitions is None:
        partitions = 4 * max(1, len(client.scheduler_info().get("workers", {})))
    chunks = _chunks(groups, partitions)
    names = [os.path.join(output_dir, f"part-{i:05d}.{fmt}") for i in range(len(chunks))]
    futures = [client.submit(_convert_chunk, chunk, name, options, func, budget_s, pure=False)
               for chunk, name in zip(chunks, names)]
    for name, chunk, fut in zip(names, chunks, futures):
        try:
            fut.result()
        except Exception:  # noqa: BLE001 - redo this partition page by page
            write_records(name, _rescue(client, chunk, options, func, budget_s))
    return names


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m article.dask",
        description="Convert HTML pages (.html, .html.gz) and WARC files (.warc, .warc.gz) "
                    "to JSON Lines or Parquet with Dask.")
    p.add_argument("inputs", nargs="+", metavar="INPUTS", help="directory, glob or file")
    p.add_argument("-o", "--output", required=True, help="output directory")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    where.add_argument("-j", "--workers", type=int, default=None,
                       help="worker processes of the local cluster (default: CPUs)")
    p.add_argument("--partitions", type=int, default=None,
                   help="number of output files (default: 4 per worker; at least one "
                        "per WARC file)")
    p.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl",
                   help="output format (parquet needs pyarrow)")
    p.add_argument("--max-time", type=int, default=DEFAULT_MAX_TIME_MS, metavar="MS",
                   help=f"time budget of one page in ms, 0 for none "
                        f"(default {DEFAULT_MAX_TIME_MS})")
    p.add_argument("--max-payload", type=int, default=None, metavar="BYTES",
                   help="skip WARC records with a larger payload (default 10 MiB)")
    p.add_argument("--no-comments", action="store_true", help="leave out comments")
    p.add_argument("--no-related", action="store_true", help="leave out related links")
    p.add_argument("--favor", choices=("precision", "recall"), default=None)
    return p


def _budget(options: dict[str, Any], max_time_ms: int) -> float | None:
    """Puts the time budget where it applies: in the library when its
    from_html takes max_time (the page then fails alone, with a LIMIT
    error), else returns it for the watchdog, in seconds."""
    from article import warc

    if max_time_ms <= 0:
        return None
    if warc.supports_max_time():
        options["max_time"] = max_time_ms
        return None
    return max_time_ms / 1000.0


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit status (1 when a page failed)."""
    args = _parser().parse_args(argv)
    import dask
    from distributed import Client, LocalCluster

    from article import warc

    options: dict[str, Any] = {}
    if args.no_comments:
        options["comments"] = False
    if args.no_related:
        options["related"] = False
    if args.favor:
        options["favor"] = args.favor
    budget_s = _budget(options, args.max_time)
    started = time.monotonic()
    files_in = find_pages(args.inputs)
    pages = [p for p in files_in if not is_warc(p)]
    counts = warc.Counts()
    groups: list[list[Item]] = [list(pages)] if pages else []
    groups += index_warcs([p for p in files_in if is_warc(p)], args.max_payload, counts)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        # A page that kills its worker is retried once, then _rescue takes over.
        dask.config.set({"distributed.scheduler.allowed-failures": 1})
        cluster = LocalCluster(n_workers=args.workers or os.cpu_count() or 1,
                               threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        converting = time.monotonic()
        files = convert(groups, args.output, client, options, args.partitions,
                        fmt=args.format, budget_s=budget_s)
        converted = time.monotonic() - converting
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    elapsed = time.monotonic() - started
    total = failed = 0
    for name in files:
        recs = read_records(name)
        total += len(recs)
        failed += sum(1 for r in recs if "error" in r)
    # The rate counts the conversion only: starting a local cluster takes
    # seconds, which would swamp a small run.
    rate = total / converted if converted > 0 else 0.0
    print(f"{total} pages, {failed} failed, {len(files)} files in {args.output}; "
          f"{elapsed:.1f} s in all, {converted:.1f} s converting: {rate:.1f} pages/s "
          f"with {workers} workers ({rate / workers:.1f} per worker)", file=sys.stderr)
    if any(p for p in files_in if is_warc(p)):
        skipped = {k: v for k, v in counts.as_dict().items()
                   if v and k not in ("html", "extracted", "failed")}
        print(f"WARC: {counts.html} HTML records; skipped: "
              + (", ".join(f"{v} {k}" for k, v in skipped.items()) or "none"), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    # Run the imported module's main, so that the functions shipped to the
    # workers are article.dask.*, importable there, not __main__.*.
    from article.dask import main as _main

    sys.exit(_main())
